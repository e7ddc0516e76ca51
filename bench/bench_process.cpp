#include "bench_process.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>

#include "bench_harness.hpp"

extern char** environ;

namespace engagemap::bench {

namespace fs = std::filesystem;


std::string AppBinary() {
    if (const char* env = std::getenv("ENGAGEMAP_BIN")) return env;
    std::error_code ec;
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);
    if (ec) return {};
    return (self.parent_path().parent_path() / "engagemap").string();
}

// Peak RSS (VmHWM, KiB) of a running process from /proc/<pid>/status; 0 once it has exited.
static long ReadVmHwmKiB(pid_t pid) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/status");
    std::string key;
    long value = 0;
    while (in >> key) {
        if (key == "VmHWM:") return (in >> value) ? value : 0;
        in.ignore(4096, '\n');
    }
    return 0;
}

// Runs `args` to completion with stdout/stderr sent to /dev/null. The peak RSS is sampled from
// /proc every 2 ms by a second thread: wait4()'s ru_maxrss cannot be used, because Linux carries
// the spawning process's (this bench's) high-water mark across the child's exec.
ChildRun RunChild(const std::vector<std::string>& args) {
    std::vector<char*> argv;
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    ChildRun run;
    pid_t pid = 0;
    int status = 0;
    std::atomic<bool> done{false};
    std::atomic<long> peakKiB{0};
    std::thread sampler;
    run.ms = TimeMs([&] {
        if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0) {
            pid = 0;
            return;
        }
        sampler = std::thread([&, child = pid] {
            while (!done) {
                peakKiB = std::max(peakKiB.load(), ReadVmHwmKiB(child));
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            }
        });
        if (waitpid(pid, &status, 0) != pid) pid = 0;
    });
    done = true;
    if (sampler.joinable()) sampler.join();
    posix_spawn_file_actions_destroy(&actions);
    run.ok = pid != 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0;
    run.maxRssMiB = static_cast<double>(peakKiB) / 1024.0;
    return run;
}

// Median time over `runs` child runs; the peak RSS is the largest seen.
ChildRun MedianChild(int runs, const std::vector<std::string>& args) {
    std::vector<ChildRun> all;
    for (int i = 0; i < runs; ++i) {
        all.push_back(RunChild(args));
        if (!all.back().ok) return all.back();
    }
    std::sort(all.begin(), all.end(), [](const ChildRun& a, const ChildRun& b) { return a.ms < b.ms; });
    ChildRun median = all[all.size() / 2];
    for (const ChildRun& r : all) median.maxRssMiB = std::max(median.maxRssMiB, r.maxRssMiB);
    return median;
}


}  // namespace engagemap::bench
