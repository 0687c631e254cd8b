// The subcommands of `colossus`, one file each under src/cli/. Each adds itself to the app; its
// callback prints to stdout and throws InputError for bad input, which main() turns into one
// line on stderr and exit code 2.
#pragma once

#include <CLI/CLI.hpp>

namespace colossus::cli {

void add_presets_command(CLI::App& app);     // presets.cpp: list clusters, GPUs, models
void add_describe_command(CLI::App& app);    // describe.cpp: inventory and bill of materials
void add_collective_command(CLI::App& app);  // collective.cpp: an nccl-tests style table
void add_simulate_command(CLI::App& app);    // simulate.cpp: one training step at full scale
void add_validate_command(CLI::App& app);    // validate.cpp: predictions against measurements
void add_campaign_command(CLI::App& app);    // campaign.cpp: a training run over weeks
void add_compare_command(CLI::App& app);     // compare.cpp: one job under variants, side by side
void add_serve_command(CLI::App& app);       // serve.cpp: serving a model at a load
void add_plan_command(CLI::App& app);        // plan.cpp: the best parallel layouts of a job
void add_sweep_command(CLI::App& app);       // sweep.cpp: a scenario over axes, one row a point
// calibration_shapes.cpp: the kernels of one layer (what tools/calibrate/ measures), timed
void add_calibration_shapes_command(CLI::App& app);

}  // namespace colossus::cli
