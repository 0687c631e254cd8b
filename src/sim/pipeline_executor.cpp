// The pipeline executor: a small state machine per stage driven by the event queue. A stage's
// compute stream starts its next op as soon as the op's input has arrived; finishing an op sends
// its output down a send stream and feeds the DP stream with gradient buckets. Each
// communication stream is a FIFO of transfers; the head transfer runs on the shared fabric (an
// activity of the stream's pattern) or, without one, for its lone time. The fabric's next
// completion is one pending event, cancelled and scheduled again whenever an activity starts or
// ends, so the queue and the fabric advance together.
#include "colossus/sim/pipeline_executor.h"

#include <algorithm>
#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <tuple>

#include "colossus/core/event_queue.h"
#include "colossus/hardware/compute_model.h"
#include "colossus/network/shared_fabric.h"

namespace colossus::sim {
namespace {

// One transfer waiting on, or running at the head of, a communication stream.
struct Transfer {
  Seconds alone{};
  TransferWork work = TransferWork::gradients;
  std::function<void()> done;
};

// A FIFO communication stream of one stage.
struct CommStream {
  explicit CommStream(Stream k) : kind(k) {}
  Stream kind;
  int pattern = -1;
  std::deque<Transfer> queue;
  bool running = false;
  Seconds started{};
};

// Per-stage execution state.
struct StageState {
  std::vector<PipelineOp> order;
  std::size_t next = 0;
  bool busy = false;
  // [chunk][micro_batch]: input activation (forward) or gradient (backward) present.
  std::vector<std::vector<char>> forward_input;
  std::vector<std::vector<char>> backward_input;
  // [chunk][micro_batch]: when that input was produced and when it arrived.
  std::vector<std::vector<std::pair<Seconds, Seconds>>> forward_when;
  std::vector<std::vector<std::pair<Seconds, Seconds>>> backward_when;
  std::vector<Seconds> params_first_at;     // per chunk: when its first parameter bucket arrived
  std::vector<int> backwards_started;       // per chunk
  std::vector<char> params_first_ready;     // per chunk: first parameter bucket gathered
  std::vector<char> params_gathered;        // per chunk: every bucket gathered
  std::vector<Seconds> params_gathered_at;  // per chunk: when its last bucket was gathered
  std::vector<char> chunk_forward_started;  // per chunk: its first forward has run
  // A first forward of a chunk whose compute is done but whose last parameter bucket is not.
  bool waiting_for_params = false;
  OpSpan waiting_span;
  CommStream send_forward = CommStream(Stream::pp_forward);
  CommStream send_backward = CommStream(Stream::pp_backward);
  CommStream dp = CommStream(Stream::dp);
  Seconds dp_estimate{};    // when the DP stream's queued work ends at lone speed
  int buckets_pending = 0;  // gradient buckets scheduled but not yet queued
  bool closing = false;
  StageTimeline timeline;
  bool started = false;
};

class Executor {
 public:
  Executor(const PipelineSchedule& schedule, const PipelineShape& shape, const PipelineCosts& costs)
      : shape_(shape), costs_(costs), stages_(static_cast<std::size_t>(shape.stages)) {
    const auto v = static_cast<std::size_t>(shape.virtual_stages);
    const auto m = static_cast<std::size_t>(shape.micro_batches);
    for (int s = 0; s < shape.stages; ++s) {
      StageState& st = stages_[s];
      st.order = schedule.stage_order(shape, s);
      st.forward_input.assign(v, std::vector<char>(m, 0));
      st.backward_input.assign(v, std::vector<char>(m, 0));
      st.forward_when.assign(v, std::vector<std::pair<Seconds, Seconds>>(m));
      st.backward_when.assign(v, std::vector<std::pair<Seconds, Seconds>>(m));
      st.params_first_at.assign(v, Seconds{});
      st.backwards_started.assign(v, 0);
      st.params_first_ready.assign(v, 0);
      st.params_gathered.assign(v, 0);
      st.params_gathered_at.assign(v, Seconds{});
      st.chunk_forward_started.assign(v, 0);
      st.send_forward.pattern = cost(s).forward_pattern;
      st.send_backward.pattern = cost(s).backward_pattern;
      st.dp.pattern = cost(s).dp_pattern;
    }
    for (std::size_t mb = 0; mb < m; ++mb) stages_[0].forward_input[0][mb] = 1;
    if (costs_.fabric) costs_.fabric->reset();
  }

  PipelineTimeline run() {
    for (int s = 0; s < shape_.stages; ++s) start_param_gather(s);
    for (int s = 0; s < shape_.stages; ++s) try_start(s);
    queue_.run();
    PipelineTimeline result;
    for (int s = 0; s < shape_.stages; ++s) {
      StageState& st = stages_[s];
      if (st.next != st.order.size() || !st.closing) {
        throw std::logic_error("pipeline executor: stage " + std::to_string(s) +
                               " deadlocked at op " + std::to_string(st.next));
      }
      result.step_time = std::max(result.step_time, st.timeline.end);
      result.stages.push_back(st.timeline);
    }
    result.spans = std::move(spans_);
    result.transfers = std::move(transfers_);
    return result;
  }

 private:
  const StageCosts& cost(int s) const { return costs_.stages[s]; }

  // Appends a transfer to a stream of stage s and starts it if the stream is free.
  void enqueue(int s, CommStream& stream, Seconds alone, TransferWork work,
               std::function<void()> done) {
    if (stream.kind == Stream::dp) {
      StageState& st = stages_[s];
      st.dp_estimate = std::max(st.dp_estimate, queue_.now()) + alone;
    }
    stream.queue.push_back({alone, work, std::move(done)});
    if (!stream.running) start_head(s, stream);
  }

  // Starts the transfer at the head of a stream.
  void start_head(int s, CommStream& stream) {
    if (stream.queue.empty()) return;
    stream.running = true;
    stream.started = queue_.now();
    const Seconds alone = stream.queue.front().alone;
    if (costs_.fabric && stream.pattern >= 0 && alone > Seconds{}) {
      start_activity(stream.pattern, alone, [this, s, &stream] { end_head(s, stream); });
      return;
    }
    queue_.schedule(queue_.now() + alone, [this, s, &stream] { end_head(s, stream); });
  }

  // Ends the head transfer of a stream, records it, and starts the next.
  void end_head(int s, CommStream& stream) {
    Transfer t = std::move(stream.queue.front());
    stream.queue.pop_front();
    stream.running = false;
    transfers_.push_back({s, stream.kind, t.work, stream.started, queue_.now(), t.alone});
    start_head(s, stream);
    t.done();
  }

  // Starts an activity of `pattern` on the fabric; `done` runs when it ends.
  void start_activity(int pattern, Seconds alone, std::function<void()> done) {
    sync_fabric();
    const int activity = costs_.fabric->start(pattern, alone);
    on_fabric_end_[activity] = std::move(done);
    schedule_fabric();
  }

  // Moves the fabric on to now.
  void sync_fabric() {
    const Seconds dt = queue_.now() - fabric_time_;
    fabric_time_ = queue_.now();
    if (dt > Seconds{}) finish_activities(costs_.fabric->advance(dt));
  }

  // Runs the ends of activities that completed (their streams go on at once).
  void finish_activities(const std::vector<Completion>& done) {
    for (const Completion& c : done) {
      auto it = on_fabric_end_.find(c.variable);
      auto action = std::move(it->second);
      on_fabric_end_.erase(it);
      action();
    }
  }

  // (Re)schedules the one event at the fabric's next completion.
  void schedule_fabric() {
    if (fabric_event_) queue_.cancel(*fabric_event_);
    fabric_event_.reset();
    const Seconds dt = costs_.fabric->next_completion();
    if (costs_.fabric->idle() || dt.value() == FluidModel::kNever) return;
    fabric_event_ = queue_.schedule(queue_.now() + dt, [this] {
      fabric_event_.reset();
      const Seconds step = queue_.now() - fabric_time_;
      fabric_time_ = queue_.now();
      finish_activities(costs_.fabric->advance(step));
      schedule_fabric();
    });
  }

  // Issues the step's parameter all-gathers on the DP stream at t = 0 (when overlapped): the
  // first bucket of each chunk lets its first forward start; the rest must end before it can.
  void start_param_gather(int s) {
    StageState& st = stages_[s];
    const int buckets = costs_.grad_buckets;
    for (int c = 0; c < shape_.virtual_stages; ++c) {
      const Seconds total = cost(s).param_gather[c];
      if (!costs_.overlap_param_gather || total <= Seconds{}) {
        st.params_first_ready[c] = 1;
        st.params_gathered[c] = 1;
        continue;
      }
      enqueue(s, st.dp, total / buckets, TransferWork::parameters, [this, s, c] {
        stages_[s].params_first_ready[c] = 1;
        stages_[s].params_first_at[c] = queue_.now();
        try_start(s);
      });
      enqueue(s, st.dp, total - total / buckets, TransferWork::parameters,
              [this, s, c] { params_gathered(s, c); });
    }
  }

  // A chunk's parameters are all gathered: a first forward waiting for them may end.
  void params_gathered(int s, int c) {
    StageState& st = stages_[s];
    st.params_gathered[c] = 1;
    st.params_gathered_at[c] = queue_.now();
    if (st.waiting_for_params && st.waiting_span.op.chunk == c) {
      st.waiting_for_params = false;
      const Seconds tail = cost(s).forward[c] / costs_.grad_buckets;
      const OpSpan span = st.waiting_span;
      queue_.schedule(queue_.now() + tail, [this, span] { finish_op(span); });
    }
    maybe_close(s);
  }

  // Starts the stage's next op if the stream is free and the op's input is there.
  void try_start(int s) {
    StageState& st = stages_[s];
    if (st.busy || st.next >= st.order.size()) return;
    const PipelineOp op = st.order[st.next];
    Seconds duration;
    bool needs_params = false;
    bool first_forward = false;
    if (op.pass == Pass::forward) {
      if (!st.forward_input[op.chunk][op.micro_batch] || !st.params_first_ready[op.chunk]) return;
      duration = cost(s).forward[op.chunk];
      if (!st.chunk_forward_started[op.chunk]) {
        st.chunk_forward_started[op.chunk] = 1;
        first_forward = true;
        needs_params = !st.params_gathered[op.chunk];
      }
    } else {
      if (!st.backward_input[op.chunk][op.micro_batch]) return;
      duration = cost(s).backward[op.chunk];
    }
    const Seconds on_fabric = in_layer_time(s, op);
    const Seconds start = queue_.now();
    OpSpan span{s, op, start, Seconds{}, Seconds{}, Seconds{}, Seconds{}, duration};
    const auto& when = op.pass == Pass::forward ? st.forward_when : st.backward_when;
    std::tie(span.produced, span.arrived) = when[op.chunk][op.micro_batch];
    if (first_forward) span.params_ready = st.params_first_at[op.chunk];
    // Approximation: the DP stream is busy from now until its queued work ends at lone speed.
    const Seconds kernels = duration - on_fabric;
    const Seconds slowed =
        slowed_by_comm(kernels, st.dp_estimate - start, costs_.comm_compute_share);
    st.timeline.comm_slowdown += slowed - kernels;
    duration = slowed + on_fabric;
    st.busy = true;
    if (!st.started) {
      st.started = true;
      st.timeline.compute_start = start;
    }
    st.timeline.compute_busy += duration;
    if (op.pass == Pass::backward && ++st.backwards_started[op.chunk] == shape_.micro_batches &&
        costs_.overlap_grad_reduce) {
      reduce_gradients(s, op.chunk, start, duration);
    }
    queue_.schedule(start + slowed,
                    [this, span, needs_params] { run_in_layer(span, 0, needs_params); });
  }

  // The seconds alone of an op's in-layer collectives on the fabric (0 without one).
  Seconds in_layer_time(int s, const PipelineOp& op) const {
    Seconds total{};
    if (!costs_.fabric) return total;
    for (const InLayerComm& c : cost(s).in_layer) {
      if (c.pattern < 0) continue;
      total += c.alone(op);
    }
    return total;
  }

  // Runs an op's in-layer collectives on the fabric from the k-th, one after the other, then
  // ends the op.
  void run_in_layer(OpSpan span, std::size_t k, bool needs_params) {
    const int s = span.stage;
    const std::vector<InLayerComm>& all = cost(s).in_layer;
    for (; costs_.fabric && k < all.size(); ++k) {
      const InLayerComm& c = all[k];
      const Seconds alone = c.alone(span.op);
      if (c.pattern < 0 || alone <= Seconds{}) continue;
      const Seconds started = queue_.now();
      start_activity(c.pattern, alone, [this, span, k, needs_params, started, alone] {
        const Seconds stretch = queue_.now() - started - alone;
        OpSpan next = span;
        next.in_layer_stretch += stretch;
        stages_[next.stage].timeline.compute_busy += stretch;
        transfers_.push_back({next.stage, cost(next.stage).in_layer[k].stream,
                              TransferWork::in_layer, started, queue_.now(), alone});
        run_in_layer(next, k + 1, needs_params);
      });
      return;
    }
    end_compute(span, needs_params);
  }

  // The op's kernels and collectives are done: it ends, unless a first forward still waits for
  // its chunk's last parameter bucket.
  void end_compute(const OpSpan& span, bool needs_params) {
    const int s = span.stage;
    const PipelineOp op = span.op;
    StageState& state = stages_[s];
    if (needs_params && !state.params_gathered[op.chunk]) {
      state.waiting_for_params = true;
      state.waiting_span = span;
      return;
    }
    // The last parameter bucket's share of the forward runs after it arrives.
    const Seconds tail_end =
        state.params_gathered_at[op.chunk] + cost(s).forward[op.chunk] / costs_.grad_buckets;
    if (needs_params && tail_end > queue_.now()) {
      queue_.schedule(tail_end, [this, span] { finish_op(span); });
      return;
    }
    finish_op(span);
  }

  // Delivers an op's output downstream and frees the compute stream.
  void finish_op(OpSpan span) {
    const int s = span.stage;
    const PipelineOp op = span.op;
    StageState& st = stages_[s];
    const Seconds now = queue_.now();
    span.end = now;
    spans_.push_back(span);
    st.busy = false;
    ++st.next;
    st.timeline.compute_end = now;
    const int p = shape_.stages;
    const int g = shape_.global_chunk(s, op.chunk);
    if (op.pass == Pass::forward) {
      if (g + 1 == shape_.global_chunks()) {
        st.backward_input[op.chunk][op.micro_batch] = 1;
        st.backward_when[op.chunk][op.micro_batch] = {now, now};
      } else {
        send(s, (g + 1) % p, (g + 1) / p, op.micro_batch, Pass::forward);
      }
    } else if (g > 0) {
      send(s, (g - 1) % p, (g - 1) / p, op.micro_batch, Pass::backward);
    }
    if (st.next == st.order.size() && !costs_.overlap_grad_reduce) {
      Seconds all{};
      for (Seconds t : cost(s).grad_reduce) all += t;
      if (all > Seconds{}) {
        enqueue(s, st.dp, all, TransferWork::gradients, [this, s] { bucket_reduced(s); });
      }
    }
    try_start(s);
    maybe_close(s);
  }

  // Transfers one micro-batch's output from stage `from` to chunk `chunk` of stage `to`.
  void send(int from, int to, int chunk, int micro_batch, Pass pass) {
    const Seconds produced = queue_.now();
    auto deliver = [this, to, chunk, micro_batch, pass, produced] {
      StageState& dst = stages_[to];
      (pass == Pass::forward ? dst.forward_input : dst.backward_input)[chunk][micro_batch] = 1;
      (pass == Pass::forward ? dst.forward_when : dst.backward_when)[chunk][micro_batch] = {
          produced, queue_.now()};
      try_start(to);
    };
    if (from == to) {
      deliver();
      return;
    }
    StageState& src = stages_[from];
    if (pass == Pass::forward) {
      enqueue(from, src.send_forward, costs_.p2p_forward, TransferWork::activations, deliver);
    } else {
      enqueue(from, src.send_backward, costs_.p2p_backward, TransferWork::activations, deliver);
    }
  }

  // Queues a chunk's gradient buckets on the DP stream as the last micro-batch's backward
  // produces them: bucket k at (k + 1) / B of the way through it.
  void reduce_gradients(int s, int chunk, Seconds start, Seconds duration) {
    StageState& st = stages_[s];
    const int buckets = costs_.grad_buckets;
    const Seconds per_bucket = cost(s).grad_reduce[chunk] / buckets;
    if (per_bucket <= Seconds{}) return;
    for (int k = 0; k < buckets; ++k) {
      const Seconds ready = start + duration * (static_cast<double>(k + 1) / buckets);
      ++st.buckets_pending;
      queue_.schedule(ready, [this, s, per_bucket] {
        StageState& state = stages_[s];
        enqueue(s, state.dp, per_bucket, TransferWork::gradients, [this, s] { bucket_reduced(s); });
        --state.buckets_pending;
      });
    }
  }

  // A gradient bucket is reduced.
  void bucket_reduced(int s) {
    stages_[s].timeline.grad_reduce_end = queue_.now();
    maybe_close(s);
  }

  // Closes a stage once its compute and DP stream are done: the optimizer step, then the
  // parameter all-gathers when they are not overlapped.
  void maybe_close(int s) {
    StageState& st = stages_[s];
    if (st.closing || st.busy || st.next < st.order.size() || st.buckets_pending > 0 ||
        st.dp.running || !st.dp.queue.empty()) {
      return;
    }
    st.closing = true;
    const Seconds optimizer_end = queue_.now() + cost(s).optimizer;
    queue_.schedule(optimizer_end, [this, s] {
      StageState& state = stages_[s];
      Seconds gathers{};
      for (Seconds t : cost(s).param_gather) gathers += t;
      if (costs_.overlap_param_gather || gathers <= Seconds{}) {
        state.timeline.end = queue_.now();
        return;
      }
      enqueue(s, state.dp, gathers, TransferWork::parameters,
              [this, s] { stages_[s].timeline.end = queue_.now(); });
    });
  }

  PipelineShape shape_;
  const PipelineCosts& costs_;
  std::vector<StageState> stages_;
  std::vector<OpSpan> spans_;
  std::vector<TransferSpan> transfers_;
  EventQueue queue_;
  Seconds fabric_time_{};
  std::optional<EventQueue::Handle> fabric_event_;
  std::map<int, std::function<void()>> on_fabric_end_;
};

// Checks that the costs match the shape.
void check_costs(const PipelineShape& shape, const PipelineCosts& costs) {
  auto fail = [](const std::string& what) { throw std::invalid_argument("run_pipeline: " + what); };
  if (shape.stages < 1 || shape.micro_batches < 1 || shape.virtual_stages < 1) {
    fail("stages, micro-batches and virtual stages must be at least 1");
  }
  if (costs.stages.size() != static_cast<std::size_t>(shape.stages)) fail("one cost per stage");
  if (costs.grad_buckets < 1) fail("grad_buckets must be at least 1");
  const auto v = static_cast<std::size_t>(shape.virtual_stages);
  for (const StageCosts& c : costs.stages) {
    if (c.forward.size() != v || c.backward.size() != v || c.grad_reduce.size() != v ||
        c.param_gather.size() != v) {
      fail("one duration per chunk");
    }
    for (const auto* list : {&c.forward, &c.backward, &c.grad_reduce, &c.param_gather}) {
      for (Seconds t : *list) {
        if (!(t >= Seconds{})) fail("durations must be non-negative");
      }
    }
    std::vector<Seconds> forward_comm(v), backward_comm(v);
    for (const InLayerComm& comm : c.in_layer) {
      if (comm.forward.size() != v || comm.backward.size() != v) fail("one duration per chunk");
      for (std::size_t k = 0; k < v; ++k) {
        if (!(comm.forward[k] >= Seconds{} && comm.backward[k] >= Seconds{})) {
          fail("durations must be non-negative");
        }
        forward_comm[k] += comm.forward[k];
        backward_comm[k] += comm.backward[k];
      }
    }
    for (std::size_t k = 0; k < v; ++k) {
      // (to rounding: the parts are sums of the same seconds as the pass)
      if (forward_comm[k] > c.forward[k] * (1 + 1e-12) ||
          backward_comm[k] > c.backward[k] * (1 + 1e-12)) {
        fail("in-layer communication must be part of its pass");
      }
    }
  }
  if (!(costs.p2p_forward >= Seconds{}) || !(costs.p2p_backward >= Seconds{})) {
    fail("durations must be non-negative");
  }
}

}  // namespace

PipelineTimeline run_pipeline(const PipelineSchedule& schedule, const PipelineShape& shape,
                              const PipelineCosts& costs) {
  schedule.check(shape);
  check_costs(shape, costs);
  return Executor(schedule, shape, costs).run();
}

}  // namespace colossus::sim
