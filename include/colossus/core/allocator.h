// Process-wide allocator settings for large simulations. A step of a 100,000-GPU job builds and
// drops flow classes and solver arrays of tens of megabytes many times over; by default glibc
// maps each such block fresh from the kernel and unmaps it on free, so every page is faulted in
// again (on memphis-100k a third of a step's CPU time, 58k page faults). The commands and the
// benchmarks call tune_allocator() once at start to keep those blocks in the heap for reuse.
#pragma once

namespace colossus {

// Keeps blocks up to 32 MiB in the heap (glibc's largest mmap threshold) and trims the heap only
// beyond 1 GiB of free memory at its top. Harmless elsewhere (a no-op without glibc).
void tune_allocator();

}  // namespace colossus
