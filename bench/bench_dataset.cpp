// Dataset benchmarks: load + validate time of the default dataset and of a synthetic
// 200 countries x 200 instruments x 10 events file (generated in a temp dir), and a full
// status count at one date over the synthetic file.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

#include "bench_harness.hpp"
#include "core/data/country_codes.hpp"
#include "core/data/dataset_loader.hpp"
#include "core/data/dataset_writer.hpp"
#include "core/data/participation_query.hpp"

namespace engagemap::bench {
namespace {

// 200 instruments of rotating kinds, each with the same 200 countries and 10 dated events apiece.
Dataset Synthetic(int countries, int instruments, int events) {
    Dataset d;
    d.title = "synthetic benchmark dataset";
    d.pillars.push_back(Pillar{"law-enforcement", "Law enforcement", ""});
    std::vector<std::string> codes;
    for (char a = 'A'; a <= 'Z' && static_cast<int>(codes.size()) < countries; ++a)
        for (char b = 'A'; b <= 'Z' && static_cast<int>(codes.size()) < countries; ++b)
            for (char c = 'A'; c <= 'Z' && static_cast<int>(codes.size()) < countries; ++c) {
                std::string code{a, b, c};
                if (IsIso3166Alpha3(code)) codes.push_back(code);
            }
    for (int i = 0; i < instruments; ++i) {
        Source s;
        s.id = "s" + std::to_string(i);
        s.title = "Synthetic source " + std::to_string(i);
        s.asOf = FuzzyDate::Day({2024, 1, 1});
        d.sources.push_back(s);
        Instrument in;
        in.id = "inst-" + std::to_string(i);
        in.name = "Instrument " + std::to_string(i);
        in.kind = i % 2 == 0 ? InstrumentKind::Forum : InstrumentKind::Program;
        in.pillars = {"law-enforcement"};
        for (int c = 0; c < countries; ++c) {
            Participation p;
            p.country = codes[c];
            for (int e = 0; e < events; ++e) {
                Event ev;
                const bool open = e % 2 == 0;
                ev.type = in.kind == InstrumentKind::Forum ? (open ? EventType::Joined : EventType::Left)
                                                           : (open ? EventType::Start : EventType::End);
                const int year = 1980 + e * 4 + (c + i) % 3;
                if (e % 5 == 3) ev.date = FuzzyDate::KnownBy(PartialDate::FromYear(year));
                else if (e % 5 == 4) ev.date = FuzzyDate::Exact(PartialDate::FromMonth(year, 1 + (c % 12)));
                else ev.date = FuzzyDate::Day({year, 1 + (c % 12), 1 + (i % 28)});
                ev.sources = {s.id};
                if (open) ev.role = "member";
                p.events.push_back(std::move(ev));
            }
            in.participants.push_back(std::move(p));
        }
        d.instruments.push_back(std::move(in));
    }
    return d;
}

std::string MiB(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}

void Run(Reporter& r) {
    const std::string def = std::string(ENGAGEMAP_SOURCE_DIR) + "/datasets/engagemap.json";
    std::size_t events = 0;
    bool ok = true;
    double ms = MedianMs(5, [&] {
        DatasetLoadResult res = LoadDataset(def);
        ok = res.Ok();
        events = 0;
        for (auto& in : res.dataset.instruments)
            for (auto& p : in.participants) events += p.events.size();
    });
    r.Add({"dataset load+validate default", ms, "ms",
           "median of 5; " + std::to_string(events) + " events" + (ok ? "" : "; REFUSED")});

    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / ("engagemap_bench_" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const fs::path file = dir / "synthetic.json";
    {
        const std::string text = WriteDatasetJson(Synthetic(200, 200, 10), -1);  // compact
        std::ofstream(file, std::ios::binary) << text;
    }
    const double mib = static_cast<double>(fs::file_size(file)) / (1024.0 * 1024.0);
    DatasetLoadResult syn;
    ms = MedianMs(3, [&] { syn = LoadDataset(file.string()); });
    r.Add({"dataset load+validate synthetic 200x200x10", ms, "ms",
           "median of 3; " + MiB(mib) + " MiB compact JSON, 400,000 events" +
               (syn.Ok() ? "" : "; REFUSED: " + syn.errors[0].ToString())});
    int total = 0;
    ms = MedianMs(5, [&] {
        total = 0;
        for (int i = 0; i < static_cast<int>(syn.dataset.instruments.size()); ++i)
            total += CountWithStatus(syn.dataset, i, StatusFilter::Any, {2001, 6, 15}).certain;
    });
    r.Add({"dataset status count, all 200 instruments x 200 countries", ms, "ms",
           "median of 5; StatusAt for 40,000 participations"});
    fs::remove_all(dir);
}

const bool registered = Register("dataset", Run);

}  // namespace
}  // namespace engagemap::bench
