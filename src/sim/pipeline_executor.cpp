// The pipeline executor: a small state machine per stage driven by the event queue. A stage's
// compute stream starts its next op as soon as the op's input has arrived; finishing an op sends
// its output down a send stream (FIFO, one transfer at a time per direction) and feeds the DP
// stream with gradient buckets. The DP stream is a FIFO whose finish time is computed in
// closed form as work is appended (its inputs are known when they are appended).
#include "colossus/sim/pipeline_executor.h"

#include <algorithm>
#include <stdexcept>
#include <string>

#include "colossus/core/event_queue.h"
#include "colossus/hardware/compute_model.h"

namespace colossus::sim {
namespace {

// Per-stage execution state.
struct StageState {
  std::vector<PipelineOp> order;
  std::size_t next = 0;
  bool busy = false;
  // [chunk][micro_batch]: input activation (forward) or gradient (backward) present.
  std::vector<std::vector<char>> forward_input;
  std::vector<std::vector<char>> backward_input;
  std::vector<int> backwards_done;          // per chunk
  std::vector<char> params_first_ready;     // per chunk: first parameter bucket gathered
  std::vector<Seconds> params_done;         // per chunk: when its last bucket is gathered
  std::vector<char> chunk_forward_started;  // per chunk: its first forward has run
  Seconds send_forward_free{};
  Seconds send_backward_free{};
  Seconds dp_free{};
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
      st.backwards_done.assign(v, 0);
      st.params_first_ready.assign(v, 0);
      st.params_done.assign(v, Seconds{});
      st.chunk_forward_started.assign(v, 0);
    }
    for (std::size_t mb = 0; mb < m; ++mb) stages_[0].forward_input[0][mb] = 1;
  }

  PipelineTimeline run() {
    for (int s = 0; s < shape_.stages; ++s) start_param_gather(s);
    for (int s = 0; s < shape_.stages; ++s) try_start(s);
    queue_.run();
    PipelineTimeline result;
    for (int s = 0; s < shape_.stages; ++s) {
      StageState& st = stages_[s];
      if (st.next != st.order.size()) {
        throw std::logic_error("pipeline executor: stage " + std::to_string(s) +
                               " deadlocked at op " + std::to_string(st.next));
      }
      finish_stage(s);
      result.step_time = std::max(result.step_time, st.timeline.end);
      result.stages.push_back(st.timeline);
    }
    result.spans = std::move(spans_);
    return result;
  }

 private:
  const StageCosts& cost(int s) const { return costs_.stages[s]; }

  // Issues the step's parameter all-gathers on the DP stream at t = 0 (when overlapped).
  void start_param_gather(int s) {
    StageState& st = stages_[s];
    for (int c = 0; c < shape_.virtual_stages; ++c) {
      const Seconds total = cost(s).param_gather[c];
      if (!costs_.overlap_param_gather || total <= Seconds{}) {
        st.params_first_ready[c] = 1;
        continue;
      }
      const Seconds first = st.dp_free + total / costs_.grad_buckets;
      st.dp_free += total;
      st.params_done[c] = st.dp_free;
      queue_.schedule(first, [this, s, c] {
        stages_[s].params_first_ready[c] = 1;
        try_start(s);
      });
    }
  }

  // Starts the stage's next op if the stream is free and the op's input is there.
  void try_start(int s) {
    StageState& st = stages_[s];
    if (st.busy || st.next >= st.order.size()) return;
    const PipelineOp op = st.order[st.next];
    Seconds duration;
    Seconds earliest_end{};
    if (op.pass == Pass::forward) {
      if (!st.forward_input[op.chunk][op.micro_batch] || !st.params_first_ready[op.chunk]) return;
      duration = cost(s).forward[op.chunk];
      if (!st.chunk_forward_started[op.chunk]) {
        st.chunk_forward_started[op.chunk] = 1;
        earliest_end = st.params_done[op.chunk] + duration / costs_.grad_buckets;
      }
    } else {
      if (!st.backward_input[op.chunk][op.micro_batch]) return;
      duration = cost(s).backward[op.chunk];
    }
    const Seconds start = queue_.now();
    // Approximation: the DP stream is busy from now until its queued work ends.
    const Seconds slowed = slowed_by_comm(duration, st.dp_free - start, costs_.comm_compute_share);
    st.timeline.comm_slowdown += slowed - duration;
    duration = slowed;
    const Seconds end = std::max(start + duration, earliest_end);
    st.busy = true;
    if (!st.started) {
      st.started = true;
      st.timeline.compute_start = start;
    }
    st.timeline.compute_busy += duration;
    queue_.schedule(end, [this, s, op, start] { finish_op(s, op, start); });
  }

  // Delivers an op's output downstream and frees the compute stream.
  void finish_op(int s, PipelineOp op, Seconds start) {
    StageState& st = stages_[s];
    const Seconds now = queue_.now();
    spans_.push_back({s, op, start, now});
    st.busy = false;
    ++st.next;
    st.timeline.compute_end = now;
    const int p = shape_.stages;
    const int g = shape_.global_chunk(s, op.chunk);
    if (op.pass == Pass::forward) {
      if (g + 1 == shape_.global_chunks()) {
        st.backward_input[op.chunk][op.micro_batch] = 1;
      } else {
        send(s, (g + 1) % p, (g + 1) / p, op.micro_batch, Pass::forward);
      }
    } else {
      if (g > 0) send(s, (g - 1) % p, (g - 1) / p, op.micro_batch, Pass::backward);
      if (++st.backwards_done[op.chunk] == shape_.micro_batches && costs_.overlap_grad_reduce) {
        reduce_gradients(s, op.chunk, start, now);
      }
    }
    try_start(s);
  }

  // Transfers one micro-batch's output from stage `from` to chunk `chunk` of stage `to`.
  void send(int from, int to, int chunk, int micro_batch, Pass pass) {
    StageState& src = stages_[from];
    auto deliver = [this, to, chunk, micro_batch, pass] {
      StageState& dst = stages_[to];
      (pass == Pass::forward ? dst.forward_input : dst.backward_input)[chunk][micro_batch] = 1;
      try_start(to);
    };
    if (from == to) {
      deliver();
      return;
    }
    Seconds& free = pass == Pass::forward ? src.send_forward_free : src.send_backward_free;
    const Seconds transfer = pass == Pass::forward ? costs_.p2p_forward : costs_.p2p_backward;
    free = std::max(free, queue_.now()) + transfer;
    queue_.schedule(free, deliver);
  }

  // Appends a chunk's gradient buckets to the DP stream as the last backward produces them.
  void reduce_gradients(int s, int chunk, Seconds start, Seconds end) {
    StageState& st = stages_[s];
    const int buckets = costs_.grad_buckets;
    const Seconds per_bucket = cost(s).grad_reduce[chunk] / buckets;
    for (int k = 0; k < buckets; ++k) {
      const Seconds ready = start + (end - start) * (static_cast<double>(k + 1) / buckets);
      st.dp_free = std::max(st.dp_free, ready) + per_bucket;
    }
    st.timeline.grad_reduce_end = st.dp_free;
  }

  // Closes a stage: non-overlapped reductions, optimizer, non-overlapped parameter gathers.
  void finish_stage(int s) {
    StageState& st = stages_[s];
    if (!costs_.overlap_grad_reduce) {
      st.dp_free = std::max(st.dp_free, st.timeline.compute_end);
      for (Seconds t : cost(s).grad_reduce) st.dp_free += t;
      st.timeline.grad_reduce_end = st.dp_free;
    }
    Seconds end = std::max(st.timeline.compute_end, st.timeline.grad_reduce_end);
    end += cost(s).optimizer;
    if (!costs_.overlap_param_gather) {
      for (Seconds t : cost(s).param_gather) end += t;
    }
    st.timeline.end = end;
  }

  PipelineShape shape_;
  const PipelineCosts& costs_;
  std::vector<StageState> stages_;
  std::vector<OpSpan> spans_;
  EventQueue queue_;
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
