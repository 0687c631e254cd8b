// colossus-calibrate: measures one NVIDIA GPU for Colossus' compute model and writes the
// measurement part of a calibration profile (docs/calibration_profile.md): the device-to-device
// copy bandwidth, the launch overhead between dependent kernels, and cuBLASLt GEMM throughput
// on the full grid of (m, n, k) over the dimensions of the sweep files given (written by
// `colossus calibration-shapes --sweep`: the shapes a model's layer produces, plus a ladder of
// powers of two), in BF16 and, where the GPU has it, FP8 (E4M3 inputs, BF16 output).
// Attention is measured by attention.py (PyTorch's scaled_dot_product_attention), which appends
// its table; tools/calibrate/run_on_device.sh runs both.
//
// Method (/work/.library/device/METHOD.md): inputs are random (never zeros), every CUDA and
// cuBLASLt call is checked, each shape is warmed up, then timed with CUDA events over back-to-back
// launches in batches of at least ~1 ms; the median batch gives the time. cuBLASLt's first
// heuristic choice is used, as frameworks do. FP8 dimensions are padded to multiples of 16 (what
// cuBLASLt requires, and what Transformer Engine does) and the padded GEMM's time is charged to
// the shape as asked. Small GEMMs run from L2 when their operands fit in it (50 MB on an H100):
// their figure is an upper bound of what a training step sees.
//
// Build: nvcc -O2 -std=c++17 -arch=sm_90 calibrate.cu -lcublasLt -o colossus-calibrate
// (or the project's CMake with -DCOLOSSUS_CALIBRATE=ON where CUDA is found).
#include <cublasLt.h>
#include <cuda_bf16.h>
#include <cuda_fp8.h>
#include <cuda_runtime.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

void check_cuda(cudaError_t e, const char* what) {
  if (e != cudaSuccess) {
    std::fprintf(stderr, "colossus-calibrate: %s: %s\n", what, cudaGetErrorString(e));
    std::exit(1);
  }
}
void check_lt(cublasStatus_t s, const char* what) {
  if (s != CUBLAS_STATUS_SUCCESS) {
    std::fprintf(stderr, "colossus-calibrate: %s: cuBLAS status %d\n", what, static_cast<int>(s));
    std::exit(1);
  }
}

// Fills a buffer with uniform random values in [-1, 1) from a hash of the index (no cuRAND).
template <typename T>
__global__ void fill_random(T* p, size_t n, unsigned seed) {
  for (size_t i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += gridDim.x * blockDim.x) {
    unsigned x = static_cast<unsigned>(i) * 2654435761u ^ seed;
    x ^= x >> 16;
    x *= 0x7feb352du;
    x ^= x >> 15;
    x *= 0x846ca68bu;
    x ^= x >> 16;
    p[i] = T(static_cast<float>(x) / 2147483648.0f - 1.0f);
  }
}

__global__ void empty_kernel() {}

struct Options {
  std::vector<std::string> sweeps;
  std::string gpu = "h100-sxm";
  std::string out = "profile.yaml";
  std::string driver = "unknown";
  std::string torch;
  std::string attention_kernel = "flash2";
  bool fp8 = true;
  double batch_ms = 1.0;  // the least time of one timed batch
  int batches = 3;
  double time_limit_s = 0;  // 0: none; else stop starting new shapes after this
};

void usage() {
  std::fprintf(stderr,
               "usage: colossus-calibrate --sweep FILE [--sweep FILE...] [--gpu PRESET] "
               "[--out FILE] [--driver VERSION] [--torch VERSION] [--attention-kernel K] "
               "[--no-fp8] [--batch-ms MS] [--batches N] [--time-limit S]\n");
  std::exit(2);
}

Options parse(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) usage();
      return argv[++i];
    };
    if (a == "--sweep") o.sweeps.push_back(value());
    else if (a == "--gpu") o.gpu = value();
    else if (a == "--out") o.out = value();
    else if (a == "--driver") o.driver = value();
    else if (a == "--torch") o.torch = value();
    else if (a == "--attention-kernel") o.attention_kernel = value();
    else if (a == "--no-fp8") o.fp8 = false;
    else if (a == "--batch-ms") o.batch_ms = std::atof(value().c_str());
    else if (a == "--batches") o.batches = std::atoi(value().c_str());
    else if (a == "--time-limit") o.time_limit_s = std::atof(value().c_str());
    else usage();
  }
  if (o.sweeps.empty() || o.batches < 1 || o.batch_ms <= 0) usage();
  return o;
}

// The GEMM dimensions of the sweep files: the union of their `dims` lines.
std::vector<long> read_dims(const std::vector<std::string>& files) {
  std::set<long> dims;
  for (const std::string& f : files) {
    std::ifstream in(f);
    if (!in) {
      std::fprintf(stderr, "colossus-calibrate: cannot read %s\n", f.c_str());
      std::exit(2);
    }
    std::string line;
    while (std::getline(in, line)) {
      std::istringstream words(line);
      std::string key;
      words >> key;
      if (key != "dims") continue;
      double d;
      while (words >> d) dims.insert(static_cast<long>(std::llround(d)));
    }
  }
  if (dims.empty()) {
    std::fprintf(stderr, "colossus-calibrate: no `dims` line in the sweep files\n");
    std::exit(2);
  }
  return {dims.begin(), dims.end()};
}

// Median of the per-launch times of `batches` timed batches of `run`.
template <typename F>
double time_per_launch(F run, cudaStream_t stream, double batch_ms, int batches) {
  cudaEvent_t start, stop;
  check_cuda(cudaEventCreate(&start), "event");
  check_cuda(cudaEventCreate(&stop), "event");
  run();  // warm-up (and the first launch's one-off costs)
  check_cuda(cudaStreamSynchronize(stream), "warm-up");
  check_cuda(cudaEventRecord(start, stream), "record");
  run();
  check_cuda(cudaEventRecord(stop, stream), "record");
  check_cuda(cudaEventSynchronize(stop), "sync");
  float one_ms = 0;
  check_cuda(cudaEventElapsedTime(&one_ms, start, stop), "elapsed");
  const int reps = std::clamp(static_cast<int>(std::ceil(batch_ms / std::max(one_ms, 1e-4f))), 1,
                              10000);
  std::vector<double> per_launch;
  for (int b = 0; b < batches; ++b) {
    check_cuda(cudaEventRecord(start, stream), "record");
    for (int r = 0; r < reps; ++r) run();
    check_cuda(cudaEventRecord(stop, stream), "record");
    check_cuda(cudaEventSynchronize(stop), "sync");
    float ms = 0;
    check_cuda(cudaEventElapsedTime(&ms, start, stop), "elapsed");
    per_launch.push_back(ms * 1e-3 / reps);
  }
  check_cuda(cudaGetLastError(), "launch");
  std::sort(per_launch.begin(), per_launch.end());
  cudaEventDestroy(start);
  cudaEventDestroy(stop);
  return per_launch[per_launch.size() / 2];
}

long round_up(long v, long to) { return (v + to - 1) / to * to; }

}  // namespace

int main(int argc, char** argv) {
  const Options opt = parse(argc, argv);
  const auto started = std::chrono::steady_clock::now();
  auto elapsed_s = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  };
  const std::vector<long> dims = read_dims(opt.sweeps);
  cudaDeviceProp prop{};
  check_cuda(cudaGetDeviceProperties(&prop, 0), "device properties");
  int runtime = 0;
  check_cuda(cudaRuntimeGetVersion(&runtime), "runtime version");
  const bool fp8 = opt.fp8 && prop.major * 10 + prop.minor >= 89;
  cudaStream_t stream;
  check_cuda(cudaStreamCreate(&stream), "stream");

  // Copy bandwidth: 2 GiB device to device, bytes read plus written.
  const size_t copy_bytes = size_t{2} << 30;
  void *src = nullptr, *dst = nullptr;
  check_cuda(cudaMalloc(&src, copy_bytes), "malloc copy");
  check_cuda(cudaMalloc(&dst, copy_bytes), "malloc copy");
  fill_random<<<1024, 256, 0, stream>>>(static_cast<float*>(src), copy_bytes / 4, 1u);
  const double copy_s = time_per_launch(
      [&] { check_cuda(cudaMemcpyAsync(dst, src, copy_bytes, cudaMemcpyDeviceToDevice, stream),
                       "copy"); },
      stream, 20.0, 5);
  const double copy_tb_per_s = 2.0 * copy_bytes / copy_s / 1e12;
  check_cuda(cudaFree(src), "free");
  check_cuda(cudaFree(dst), "free");
  // Launch overhead: back-to-back launches of an empty kernel on one stream, each waiting for
  // the one before (the gap the compute model charges per kernel).
  const double launch_s = time_per_launch([&] { empty_kernel<<<1, 1, 0, stream>>>(); }, stream,
                                          20.0, 5);
  std::fprintf(stderr, "copy %.3f TB/s, launch %.2f us\n", copy_tb_per_s, launch_s * 1e6);

  // GEMM buffers big enough for the largest shape (padded to 16 for FP8).
  const long dmax = round_up(dims.back(), 16);
  const size_t elems = static_cast<size_t>(dmax) * dmax;
  __nv_bfloat16 *a16, *b16, *c16;
  check_cuda(cudaMalloc(&a16, elems * 2), "malloc A");
  check_cuda(cudaMalloc(&b16, elems * 2), "malloc B");
  check_cuda(cudaMalloc(&c16, elems * 2), "malloc C");
  fill_random<<<4096, 256, 0, stream>>>(a16, elems, 2u);
  fill_random<<<4096, 256, 0, stream>>>(b16, elems, 3u);
  __nv_fp8_e4m3 *a8 = nullptr, *b8 = nullptr;
  if (fp8) {
    check_cuda(cudaMalloc(&a8, elems), "malloc A8");
    check_cuda(cudaMalloc(&b8, elems), "malloc B8");
    fill_random<<<4096, 256, 0, stream>>>(a8, elems, 4u);
    fill_random<<<4096, 256, 0, stream>>>(b8, elems, 5u);
  }
  check_cuda(cudaGetLastError(), "fill");
  const size_t workspace_bytes = size_t{64} << 20;
  void* workspace;
  check_cuda(cudaMalloc(&workspace, workspace_bytes), "malloc workspace");
  cublasLtHandle_t lt;
  check_lt(cublasLtCreate(&lt), "cublasLtCreate");
  float one = 1.0f, zero = 0.0f;

  FILE* out = std::fopen(opt.out.c_str(), "w");
  if (!out) {
    std::fprintf(stderr, "colossus-calibrate: cannot write %s\n", opt.out.c_str());
    return 2;
  }
  char date[32];
  const std::time_t now = std::time(nullptr);
  std::strftime(date, sizeof date, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&now));
  std::fprintf(out, "# Measured by tools/calibrate (colossus-calibrate and attention.py).\n");
  std::fprintf(out, "format: colossus.calibration/1\ngpu: %s\nprovenance:\n", opt.gpu.c_str());
  std::fprintf(out, "  device: \"%s\"\n  driver: \"%s\"\n", prop.name, opt.driver.c_str());
  std::fprintf(out, "  cuda: \"%d.%d\"\n  cublas: \"%zu\"\n", runtime / 1000,
               (runtime % 1000) / 10, cublasLtGetVersion());
  if (!opt.torch.empty()) std::fprintf(out, "  torch: \"%s\"\n", opt.torch.c_str());
  std::fprintf(out, "  date: \"%s\"\n", date);
  std::fprintf(out,
               "  tool: \"tools/calibrate/colossus-calibrate (cuBLASLt, first heuristic; %d SMs, "
               "sm_%d%d)\"\n",
               prop.multiProcessorCount, prop.major, prop.minor);
  std::fprintf(out, "attention_kernel: %s\n", opt.attention_kernel.c_str());
  std::fprintf(out, "hbm_copy_tb_per_s: %.4f\nlaunch_overhead_us: %.3f\ngemm:\n", copy_tb_per_s,
               launch_s * 1e6);

  size_t points = 0;
  for (int pass = 0; pass < (fp8 ? 2 : 1); ++pass) {
    const bool is_fp8 = pass == 1;
    const cudaDataType_t in_type = is_fp8 ? CUDA_R_8F_E4M3 : CUDA_R_16BF;
    for (long m : dims) {
      for (long n : dims) {
        for (long k : dims) {
          if (opt.time_limit_s > 0 && elapsed_s() > opt.time_limit_s) {
            std::fprintf(stderr, "colossus-calibrate: time limit %.0f s reached; grid incomplete\n",
                         opt.time_limit_s);
            std::fclose(out);
            return 3;
          }
          const long pm = is_fp8 ? round_up(m, 16) : m, pn = is_fp8 ? round_up(n, 16) : n,
                     pk = is_fp8 ? round_up(k, 16) : k;
          // C[m,n] = A[m,k] B[k,n] as cuBLAS' column-major "TN": A stored k x m, B k x n.
          cublasLtMatmulDesc_t op;
          check_lt(cublasLtMatmulDescCreate(&op, CUBLAS_COMPUTE_32F, CUDA_R_32F), "desc");
          cublasOperation_t t = CUBLAS_OP_T, nt = CUBLAS_OP_N;
          check_lt(cublasLtMatmulDescSetAttribute(op, CUBLASLT_MATMUL_DESC_TRANSA, &t, sizeof t),
                   "transa");
          check_lt(cublasLtMatmulDescSetAttribute(op, CUBLASLT_MATMUL_DESC_TRANSB, &nt, sizeof nt),
                   "transb");
          cublasLtMatrixLayout_t la, lb, lc;
          check_lt(cublasLtMatrixLayoutCreate(&la, in_type, pk, pm, pk), "layout A");
          check_lt(cublasLtMatrixLayoutCreate(&lb, in_type, pk, pn, pk), "layout B");
          check_lt(cublasLtMatrixLayoutCreate(&lc, CUDA_R_16BF, pm, pn, pm), "layout C");
          cublasLtMatmulPreference_t pref;
          check_lt(cublasLtMatmulPreferenceCreate(&pref), "preference");
          check_lt(cublasLtMatmulPreferenceSetAttribute(
                       pref, CUBLASLT_MATMUL_PREF_MAX_WORKSPACE_BYTES, &workspace_bytes,
                       sizeof workspace_bytes),
                   "workspace");
          cublasLtMatmulHeuristicResult_t heuristic{};
          int found = 0;
          check_lt(cublasLtMatmulAlgoGetHeuristic(lt, op, la, lb, lc, lc, pref, 1, &heuristic,
                                                  &found),
                   "heuristic");
          if (found == 0) {
            std::fprintf(stderr, "colossus-calibrate: no cuBLASLt algorithm for %s %ld %ld %ld\n",
                         is_fp8 ? "fp8" : "bf16", m, n, k);
            return 1;
          }
          const void* a = is_fp8 ? static_cast<const void*>(a8) : a16;
          const void* b = is_fp8 ? static_cast<const void*>(b8) : b16;
          const double s = time_per_launch(
              [&] {
                check_lt(cublasLtMatmul(lt, op, &one, a, la, b, lb, &zero, c16, lc, c16, lc,
                                        &heuristic.algo, workspace, workspace_bytes, stream),
                         "matmul");
              },
              stream, opt.batch_ms, opt.batches);
          const double tflops = 2.0 * m * n * k / s / 1e12;
          std::fprintf(out, "  - {dtype: %s, m: %ld, n: %ld, k: %ld, tflops: %.2f}\n",
                       is_fp8 ? "fp8" : "bf16", m, n, k, tflops);
          ++points;
          cublasLtMatmulPreferenceDestroy(pref);
          cublasLtMatrixLayoutDestroy(la);
          cublasLtMatrixLayoutDestroy(lb);
          cublasLtMatrixLayoutDestroy(lc);
          cublasLtMatmulDescDestroy(op);
        }
      }
      std::fflush(out);
    }
    std::fprintf(stderr, "%s GEMMs done: %zu points, %.0f s\n", is_fp8 ? "fp8" : "bf16", points,
                 elapsed_s());
  }
  std::fclose(out);
  cublasLtDestroy(lt);
  return 0;
}
