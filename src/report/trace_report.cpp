// The trace of a step from its timeline. Process ids are stage + 1 (a stage per process, named
// "stage N" and sorted by stage); the breakdown's process comes after the last stage. Thread ids
// are the stream's number + 1. A transfer's collective is the step's collective of its kind
// (pipeline sends: the pp send_recv; gradient buckets: the dense DP reduction; parameter buckets:
// the dense DP all-gather), whose bytes per rank and algorithm are one call's.
#include "colossus/report/trace_report.h"

#include <fmt/format.h>

#include <set>

#include "colossus/report/text.h"

namespace colossus::report {
namespace {

constexpr double kMicro = 1e6;  // trace timestamps are microseconds

// The group kind of an in-layer stream.
GroupKind group_of(sim::Stream s) {
  switch (s) {
    case sim::Stream::cp:
      return GroupKind::cp;
    case sim::Stream::ep:
      return GroupKind::ep;
    default:
      return GroupKind::tp;
  }
}

// The collective a transfer of `work` on `stream` runs, if the step has one.
const sim::CollectiveUse* collective_of(const sim::SimulationResult& r, sim::TransferWork work,
                                        sim::Stream stream) {
  for (const sim::CollectiveUse& c : r.collectives) {
    switch (work) {
      case sim::TransferWork::in_layer:
        if (c.group == group_of(stream)) return &c;
        break;
      case sim::TransferWork::activations:
        if (c.group == GroupKind::pp) return &c;
        break;
      case sim::TransferWork::gradients:
        if (c.group == GroupKind::dp_cp &&
            (c.op == CollectiveOp::reduce_scatter || c.op == CollectiveOp::all_reduce)) {
          return &c;
        }
        break;
      case sim::TransferWork::parameters:
        if (c.group == GroupKind::dp_cp && c.op == CollectiveOp::all_gather) return &c;
        break;
    }
  }
  return nullptr;
}

nlohmann::json meta(const char* name, int pid, int tid, nlohmann::json args) {
  nlohmann::json e = {{"name", name}, {"ph", "M"}, {"pid", pid}, {"args", std::move(args)}};
  if (tid >= 0) e["tid"] = tid;
  return e;
}

nlohmann::json complete(std::string name, const char* cat, int pid, int tid, Seconds start,
                        Seconds end, nlohmann::json args) {
  return {{"name", std::move(name)},
          {"cat", cat},
          {"ph", "X"},
          {"ts", start.value() * kMicro},
          {"dur", (end - start).value() * kMicro},
          {"pid", pid},
          {"tid", tid},
          {"args", std::move(args)}};
}

}  // namespace

nlohmann::json simulation_trace(const sim::SimulationResult& r, const std::string& source) {
  nlohmann::json events = nlohmann::json::array();
  const int stages = static_cast<int>(r.stages.size());
  // The streams each stage used: compute, and those its transfers ran on.
  std::set<std::pair<int, sim::Stream>> used;
  for (int s = 0; s < stages; ++s) used.insert({s, sim::Stream::compute});
  for (const sim::TransferSpan& t : r.timeline.transfers) used.insert({t.stage, t.stream});
  for (int s = 0; s < stages; ++s) {
    events.push_back(meta("process_name", s + 1, -1, {{"name", fmt::format("stage {}", s)}}));
    events.push_back(meta("process_sort_index", s + 1, -1, {{"sort_index", s}}));
  }
  for (const auto& [s, st] : used) {
    const int tid = static_cast<int>(st) + 1;
    events.push_back(meta("thread_name", s + 1, tid, {{"name", std::string(to_string(st))}}));
    events.push_back(meta("thread_sort_index", s + 1, tid, {{"sort_index", tid}}));
  }
  for (const sim::OpSpan& s : r.timeline.spans) {
    const bool fwd = s.op.pass == Pass::forward;
    events.push_back(
        complete(fmt::format("{} mb {} chunk {}", fwd ? "F" : "B", s.op.micro_batch, s.op.chunk),
                 fwd ? "forward" : "backward", s.stage + 1,
                 static_cast<int>(sim::Stream::compute) + 1, s.start, s.end,
                 {{"micro_batch", s.op.micro_batch},
                  {"chunk", s.op.chunk},
                  {"costed_us", s.base.value() * kMicro}}));
  }
  for (const sim::TransferSpan& s : r.timeline.transfers) {
    nlohmann::json args = {{"work", transfer_work_name(s.work)},
                           {"alone_us", s.alone.value() * kMicro}};
    const sim::CollectiveUse* c = collective_of(r, s.work, s.stream);
    if (c) {
      args["collective"] = c->name;
      args["algorithm"] = c->algorithm;
      args["bytes_per_rank"] = c->bytes.value();
      args["ranks"] = c->group_size;
    }
    events.push_back(complete(c ? c->name : transfer_work_name(s.work), transfer_work_name(s.work),
                              s.stage + 1, static_cast<int>(s.stream) + 1, s.start, s.end,
                              std::move(args)));
  }
  const int bpid = stages + 1;
  events.push_back(meta("process_name", bpid, -1,
                        {{"name", fmt::format("step breakdown (stage {})", r.breakdown.stage)}}));
  events.push_back(meta("process_sort_index", bpid, -1, {{"sort_index", stages}}));
  events.push_back(meta("thread_name", bpid, 1, {{"name", "parts"}}));
  for (const sim::PartSpan& p : r.critical_path) {
    events.push_back(complete(part_label(p.part), "breakdown", bpid, 1, p.start, p.end,
                              {{"part", part_key(p.part)}}));
  }
  nlohmann::json breakdown = nlohmann::json::object();
  for (const BreakdownPart& p : breakdown_parts(r.breakdown)) {
    breakdown[p.key] = p.time.value() * kMicro;
  }
  return {{"traceEvents", std::move(events)},
          {"displayTimeUnit", "ms"},
          {"otherData",
           {{"schema", "colossus.trace/1"},
            {"scenario", source},
            {"model", r.model},
            {"cluster", r.cluster},
            {"layout", r.layout},
            {"step_time_us", r.step_time.value() * kMicro},
            {"bounding_stage", r.breakdown.stage},
            {"breakdown_us", breakdown}}}};
}

}  // namespace colossus::report
