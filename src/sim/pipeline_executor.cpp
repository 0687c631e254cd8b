// The pipeline executor: a small state machine per stage driven by the event core. A stage's
// compute stream starts its next op as soon as the op's input has arrived; finishing an op sends
// its output down a send stream and feeds the DP stream with gradient buckets. Each
// communication stream is a FIFO of transfers, each saying what its end brings (Then); the head
// transfer runs on the shared fabric (an activity of the stream's pattern) or, without one, for
// its lone time. Events are small records (Event: what happens, at which stage) in an EventHeap,
// dispatched by one switch, so a step's tens of thousands of events allocate nothing; what an
// event needs beyond its stage is in the stage's state (the op on its compute stream, at most
// one at a time). The fabric's next completion is one pending event outside the heap: every
// start or end of an activity gives it a new place in the tie order (as cancelling and
// scheduling it again would), and its time is computed once, after the event that changed the
// fabric, so the queue and the fabric advance together.
#include "colossus/sim/pipeline_executor.h"

#include <algorithm>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <tuple>

#include "colossus/core/event_queue.h"
#include "colossus/hardware/compute_model.h"
#include "colossus/network/shared_fabric.h"

namespace colossus::sim {
namespace {

// What happens at an event, or when an activity on the fabric ends.
enum class Happens : std::uint8_t {
  head_ends,       // the head transfer of a stage's stream ends
  kernels_end,     // the kernels of the stage's op end: its in-layer collectives follow
  in_layer_ends,   // the in-layer collective of the stage's op running on the fabric ends
  op_ends,         // the stage's op ends (a first forward, after its last parameter bucket)
  bucket_ready,    // a gradient bucket of a chunk of the stage is ready to reduce
  optimizer_ends,  // the stage's optimizer step ends
};

struct Event {
  Happens what = Happens::head_ends;
  Stream stream = Stream::dp;  // head_ends: which stream
  int stage = 0;
  int chunk = 0;  // bucket_ready: which chunk
};

// What the end of a transfer brings.
enum class Then : std::uint8_t {
  first_params,       // the chunk's first parameter bucket: its first forward may start
  all_params,         // the chunk's last parameter bucket
  gradients_reduced,  // a gradient bucket (or all of them)
  deliver,            // a micro-batch's output to the receiving stage
  stage_end,          // the non-overlapped parameter gather after the optimizer: the stage ends
};

// One transfer waiting on, or running at the head of, a communication stream.
struct Transfer {
  Seconds alone{};
  TransferWork work = TransferWork::gradients;
  Then then = Then::gradients_reduced;
  int chunk = 0;  // the chunk whose parameters, or (deliver) the receiving chunk
  // deliver: the receiving stage, the micro-batch, the pass, and when the output was produced.
  int to = 0;
  int micro_batch = 0;
  Pass pass = Pass::forward;
  Seconds produced{};
};

// A FIFO communication stream of one stage.
struct CommStream {
  explicit CommStream(Stream k) : kind(k) {}
  Stream kind;
  int pattern = -1;
  std::vector<Transfer> queue;  // waiting and running transfers, from `head` on
  std::size_t head = 0;
  bool running = false;
  Seconds started{};

  bool empty() const { return head == queue.size(); }
  const Transfer& front() const { return queue[head]; }
  // Removes the head transfer (the storage is reused once the stream is empty).
  Transfer pop() {
    Transfer t = queue[head++];
    if (empty()) {
      queue.clear();
      head = 0;
    }
    return t;
  }
};

// Per-stage execution state.
struct StageState {
  std::vector<PipelineOp> order;
  std::size_t next = 0;
  bool busy = false;
  // The op on the compute stream while busy: its span so far, whether it is a first forward of a
  // chunk whose parameters are not all gathered yet, and its in-layer collective on the fabric
  // (index into StageCosts::in_layer, when it started, its time alone).
  OpSpan op;
  bool needs_params = false;
  std::size_t in_layer = 0;
  Seconds in_layer_started{};
  Seconds in_layer_alone{};
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
  // The op's compute is done but its chunk's last parameter bucket is not (a first forward).
  bool waiting_for_params = false;
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
    std::size_t ops = 0, in_layer = 0;
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
      ops += st.order.size();
      in_layer += st.order.size() * cost(s).in_layer.size();
    }
    for (std::size_t mb = 0; mb < m; ++mb) stages_[0].forward_input[0][mb] = 1;
    if (costs_.fabric) costs_.fabric->reset();
    // Every op is a span; transfers are about one send per op, its in-layer collectives, and
    // the DP stream's buckets.
    spans_.reserve(ops);
    const auto buckets = static_cast<std::size_t>(costs_.grad_buckets);
    transfers_.reserve(ops + in_layer + stages_.size() * v * (3 * buckets + 1));
  }

  PipelineTimeline run() {
    for (int s = 0; s < shape_.stages; ++s) start_param_gather(s);
    for (int s = 0; s < shape_.stages; ++s) try_start(s);
    run_events();
    PipelineTimeline result;
    result.stages.reserve(stages_.size());
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

  // Runs the events, and the fabric's completions among them, in (time, tie order) order.
  void run_events() {
    while (true) {
      if (fabric_changed_) time_fabric();
      const bool fabric_first =
          fabric_due_ &&
          (events_.empty() || EventHeap<Event>::before(fabric_at_, fabric_order_, events_.top().at,
                                                       events_.top().order));
      if (fabric_first) {
        fabric_due_ = false;
        now_ = fabric_at_;
        fabric_completion();
      } else if (!events_.empty()) {
        const auto next = events_.pop();
        now_ = next.at;
        dispatch(next.event);
      } else {
        return;
      }
    }
  }

  // Does what an event (or the end of an activity on the fabric) brings.
  void dispatch(const Event& e) {
    switch (e.what) {
      case Happens::head_ends:
        end_head(e.stage, stream(e.stage, e.stream));
        break;
      case Happens::kernels_end:
        run_in_layer(e.stage);
        break;
      case Happens::in_layer_ends:
        end_in_layer(e.stage);
        break;
      case Happens::op_ends:
        finish_op(e.stage);
        break;
      case Happens::bucket_ready:
        queue_bucket(e.stage, e.chunk);
        break;
      case Happens::optimizer_ends:
        end_optimizer(e.stage);
        break;
    }
  }

  // Does what the end of a transfer of stage s brings.
  void transfer_done(int s, const Transfer& t) {
    StageState& st = stages_[s];
    switch (t.then) {
      case Then::first_params:
        st.params_first_ready[t.chunk] = 1;
        st.params_first_at[t.chunk] = now_;
        try_start(s);
        break;
      case Then::all_params:
        params_gathered(s, t.chunk);
        break;
      case Then::gradients_reduced:
        bucket_reduced(s);
        break;
      case Then::deliver:
        deliver(t.to, t.chunk, t.micro_batch, t.pass, t.produced);
        break;
      case Then::stage_end:
        st.timeline.end = now_;
        break;
    }
  }

  // The send or DP stream `kind` of stage s.
  CommStream& stream(int s, Stream kind) {
    StageState& st = stages_[s];
    return kind == Stream::pp_forward ? st.send_forward
                                      : (kind == Stream::pp_backward ? st.send_backward : st.dp);
  }

  // Appends a transfer to a stream of stage s and starts it if the stream is free.
  void enqueue(int s, CommStream& stream, const Transfer& transfer) {
    if (stream.kind == Stream::dp) {
      StageState& st = stages_[s];
      st.dp_estimate = std::max(st.dp_estimate, now_) + transfer.alone;
    }
    stream.queue.push_back(transfer);
    if (!stream.running) start_head(s, stream);
  }

  // Starts the transfer at the head of a stream.
  void start_head(int s, CommStream& stream) {
    if (stream.empty()) return;
    stream.running = true;
    stream.started = now_;
    const Seconds alone = stream.front().alone;
    const Event ends{Happens::head_ends, stream.kind, s};
    if (costs_.fabric && stream.pattern >= 0 && alone > Seconds{}) {
      start_activity(stream.pattern, alone, ends);
      return;
    }
    events_.push(now_ + alone, ends);
  }

  // Ends the head transfer of a stream, records it, and starts the next.
  void end_head(int s, CommStream& stream) {
    const Transfer t = stream.pop();
    stream.running = false;
    transfers_.push_back({s, stream.kind, t.work, stream.started, now_, t.alone});
    start_head(s, stream);
    transfer_done(s, t);
  }

  // Starts an activity of `pattern` on the fabric; `ends` happens when it ends.
  void start_activity(int pattern, Seconds alone, const Event& ends) {
    sync_fabric();
    const auto activity = static_cast<std::size_t>(costs_.fabric->start(pattern, alone));
    if (activity >= on_fabric_end_.size()) on_fabric_end_.resize(activity + 1);
    on_fabric_end_[activity] = ends;
    fabric_changed();
  }

  // Moves the fabric on to now.
  void sync_fabric() {
    const Seconds dt = now_ - fabric_time_;
    fabric_time_ = now_;
    if (dt > Seconds{}) finish_activities(costs_.fabric->advance(dt));
  }

  // Runs the ends of activities that completed (their streams go on at once).
  void finish_activities(const std::vector<Completion>& done) {
    for (const Completion& c : done) dispatch(on_fabric_end_[static_cast<std::size_t>(c.variable)]);
  }

  // An activity started or ended: the fabric's next completion takes the next place in the tie
  // order, and is timed once the current event is over.
  void fabric_changed() {
    fabric_changed_ = true;
    fabric_due_ = false;
    fabric_order_ = events_.take_order();
  }

  // Times the fabric's next completion (none when it is idle or nothing progresses).
  void time_fabric() {
    fabric_changed_ = false;
    const Seconds dt = costs_.fabric->next_completion();
    if (costs_.fabric->idle() || dt.value() == FluidModel::kNever) return;
    fabric_due_ = true;
    fabric_at_ = now_ + dt;
  }

  // The fabric's next completion: moves it on to now and ends what completed.
  void fabric_completion() {
    const Seconds step = now_ - fabric_time_;
    fabric_time_ = now_;
    finish_activities(costs_.fabric->advance(step));
    fabric_changed();
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
      enqueue(s, st.dp,
              {.alone = total / buckets,
               .work = TransferWork::parameters,
               .then = Then::first_params,
               .chunk = c});
      enqueue(s, st.dp,
              {.alone = total - total / buckets,
               .work = TransferWork::parameters,
               .then = Then::all_params,
               .chunk = c});
    }
  }

  // A chunk's parameters are all gathered: a first forward waiting for them may end.
  void params_gathered(int s, int c) {
    StageState& st = stages_[s];
    st.params_gathered[c] = 1;
    st.params_gathered_at[c] = now_;
    if (st.waiting_for_params && st.op.op.chunk == c) {
      st.waiting_for_params = false;
      const Seconds tail = cost(s).forward[c] / costs_.grad_buckets;
      events_.push(now_ + tail, {Happens::op_ends, Stream::compute, s});
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
    const Seconds start = now_;
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
    st.op = span;
    st.needs_params = needs_params;
    st.in_layer = 0;
    events_.push(start + slowed, {Happens::kernels_end, Stream::compute, s});
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

  // Runs the stage's op's in-layer collectives on the fabric from StageState::in_layer on, one
  // after the other, then ends the op's compute.
  void run_in_layer(int s) {
    StageState& st = stages_[s];
    const std::vector<InLayerComm>& all = cost(s).in_layer;
    for (; costs_.fabric && st.in_layer < all.size(); ++st.in_layer) {
      const InLayerComm& c = all[st.in_layer];
      const Seconds alone = c.alone(st.op.op);
      if (c.pattern < 0 || alone <= Seconds{}) continue;
      st.in_layer_started = now_;
      st.in_layer_alone = alone;
      start_activity(c.pattern, alone, {Happens::in_layer_ends, c.stream, s});
      return;
    }
    end_compute(s);
  }

  // The op's running in-layer collective ended: records it, and runs the next.
  void end_in_layer(int s) {
    StageState& st = stages_[s];
    const Seconds stretch = now_ - st.in_layer_started - st.in_layer_alone;
    st.op.in_layer_stretch += stretch;
    st.timeline.compute_busy += stretch;
    transfers_.push_back({s, cost(s).in_layer[st.in_layer].stream, TransferWork::in_layer,
                          st.in_layer_started, now_, st.in_layer_alone});
    ++st.in_layer;
    run_in_layer(s);
  }

  // The op's kernels and collectives are done: it ends, unless a first forward still waits for
  // its chunk's last parameter bucket.
  void end_compute(int s) {
    StageState& st = stages_[s];
    const int chunk = st.op.op.chunk;
    if (st.needs_params && !st.params_gathered[chunk]) {
      st.waiting_for_params = true;
      return;
    }
    // The last parameter bucket's share of the forward runs after it arrives.
    const Seconds tail_end =
        st.params_gathered_at[chunk] + cost(s).forward[chunk] / costs_.grad_buckets;
    if (st.needs_params && tail_end > now_) {
      events_.push(tail_end, {Happens::op_ends, Stream::compute, s});
      return;
    }
    finish_op(s);
  }

  // Delivers an op's output downstream and frees the compute stream.
  void finish_op(int s) {
    StageState& st = stages_[s];
    const PipelineOp op = st.op.op;
    const Seconds now = now_;
    st.op.end = now;
    spans_.push_back(st.op);
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
        enqueue(s, st.dp,
                {.alone = all, .work = TransferWork::gradients, .then = Then::gradients_reduced});
      }
    }
    try_start(s);
    maybe_close(s);
  }

  // Transfers one micro-batch's output from stage `from` to chunk `chunk` of stage `to`.
  void send(int from, int to, int chunk, int micro_batch, Pass pass) {
    const Seconds produced = now_;
    if (from == to) {
      deliver(to, chunk, micro_batch, pass, produced);
      return;
    }
    StageState& src = stages_[from];
    const bool forward = pass == Pass::forward;
    enqueue(from, forward ? src.send_forward : src.send_backward,
            {.alone = forward ? costs_.p2p_forward : costs_.p2p_backward,
             .work = TransferWork::activations,
             .then = Then::deliver,
             .chunk = chunk,
             .to = to,
             .micro_batch = micro_batch,
             .pass = pass,
             .produced = produced});
  }

  // A micro-batch's input, produced at `produced`, arrives at chunk `chunk` of stage `to`.
  void deliver(int to, int chunk, int micro_batch, Pass pass, Seconds produced) {
    StageState& dst = stages_[to];
    (pass == Pass::forward ? dst.forward_input : dst.backward_input)[chunk][micro_batch] = 1;
    (pass == Pass::forward ? dst.forward_when : dst.backward_when)[chunk][micro_batch] = {produced,
                                                                                          now_};
    try_start(to);
  }

  // Schedules a chunk's gradient buckets for the DP stream as the last micro-batch's backward
  // produces them: bucket k at (k + 1) / B of the way through it.
  void reduce_gradients(int s, int chunk, Seconds start, Seconds duration) {
    const int buckets = costs_.grad_buckets;
    if (cost(s).grad_reduce[chunk] / buckets <= Seconds{}) return;
    for (int k = 0; k < buckets; ++k) {
      const Seconds ready = start + duration * (static_cast<double>(k + 1) / buckets);
      ++stages_[s].buckets_pending;
      events_.push(ready, {Happens::bucket_ready, Stream::dp, s, chunk});
    }
  }

  // A gradient bucket of a chunk is ready: it joins the DP stream.
  void queue_bucket(int s, int chunk) {
    StageState& st = stages_[s];
    const Seconds per_bucket = cost(s).grad_reduce[chunk] / costs_.grad_buckets;
    enqueue(
        s, st.dp,
        {.alone = per_bucket, .work = TransferWork::gradients, .then = Then::gradients_reduced});
    --st.buckets_pending;
  }

  // A gradient bucket is reduced.
  void bucket_reduced(int s) {
    stages_[s].timeline.grad_reduce_end = now_;
    maybe_close(s);
  }

  // Closes a stage once its compute and DP stream are done: the optimizer step, then the
  // parameter all-gathers when they are not overlapped.
  void maybe_close(int s) {
    StageState& st = stages_[s];
    if (st.closing || st.busy || st.next < st.order.size() || st.buckets_pending > 0 ||
        st.dp.running || !st.dp.empty()) {
      return;
    }
    st.closing = true;
    events_.push(now_ + cost(s).optimizer, {Happens::optimizer_ends, Stream::compute, s});
  }

  // The optimizer step of stage s ended: the stage ends, or gathers its parameters first.
  void end_optimizer(int s) {
    Seconds gathers{};
    for (Seconds t : cost(s).param_gather) gathers += t;
    if (costs_.overlap_param_gather || gathers <= Seconds{}) {
      stages_[s].timeline.end = now_;
      return;
    }
    enqueue(s, stages_[s].dp,
            {.alone = gathers, .work = TransferWork::parameters, .then = Then::stage_end});
  }

  PipelineShape shape_;
  const PipelineCosts& costs_;
  std::vector<StageState> stages_;
  std::vector<OpSpan> spans_;
  std::vector<TransferSpan> transfers_;
  EventHeap<Event> events_;
  Time now_{};
  Seconds fabric_time_{};             // how far the fabric has been moved on
  std::vector<Event> on_fabric_end_;  // by activity: what its end brings
  // The fabric's next completion: whether an activity started or ended since it was timed, its
  // place in the tie order, whether one is due (something runs and progresses), and when.
  bool fabric_changed_ = false;
  std::uint64_t fabric_order_ = 0;
  bool fabric_due_ = false;
  Time fabric_at_{};
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
