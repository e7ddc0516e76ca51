#include <gtest/gtest.h>

#include <cpl_vsi.h>

#include <string>

#include "core/io/file_watcher.hpp"

namespace engagemap {
namespace {

// /vsimem/ files let the test change mtime and size deterministically, with no sleeping.
void WriteMem(const std::string& path, const std::string& text) {
    VSILFILE* f = VSIFOpenL(path.c_str(), "wb");
    ASSERT_NE(f, nullptr);
    VSIFWriteL(text.data(), 1, text.size(), f);
    VSIFCloseL(f);
}

TEST(FileWatcher, ReportsASettledChangeOnce) {
    const std::string path = "/vsimem/watch_test.json";
    WriteMem(path, "{}");
    FileWatcher w;
    w.Watch(path, 0.0);
    EXPECT_FALSE(w.Poll(1.0));  // unchanged
    WriteMem(path, "{\"changed\": true}");  // size differs
    EXPECT_FALSE(w.Poll(2.0));  // seen, not yet settled
    EXPECT_FALSE(w.Poll(2.1));  // within pollSeconds: not even checked
    EXPECT_TRUE(w.Poll(2.6));   // stable for 0.6 s >= settleSeconds
    EXPECT_FALSE(w.Poll(3.2));  // reported once
    VSIUnlink(path.c_str());
}

TEST(FileWatcher, AFileStillBeingWrittenIsNotReported) {
    const std::string path = "/vsimem/watch_growing.json";
    WriteMem(path, "{");
    FileWatcher w;
    w.Watch(path, 0.0);
    std::string text = "{";
    for (int i = 1; i <= 5; ++i) {  // grows at every poll: never settles
        text += "    ";
        WriteMem(path, text);
        EXPECT_FALSE(w.Poll(i * 0.5));
    }
    EXPECT_TRUE(w.Poll(3.5));
    VSIUnlink(path.c_str());
}

TEST(FileWatcher, DeletionKeepsTheDataAndRecreationIsAChange) {
    const std::string path = "/vsimem/watch_deleted.json";
    WriteMem(path, "{}");
    FileWatcher w;
    w.Watch(path, 0.0);
    VSIUnlink(path.c_str());
    EXPECT_FALSE(w.Poll(1.0));
    EXPECT_FALSE(w.Poll(2.0));  // settled as "missing": not reported as a change to load
    WriteMem(path, "{\"back\": 1}");
    EXPECT_FALSE(w.Poll(3.0));
    EXPECT_TRUE(w.Poll(4.0));
    VSIUnlink(path.c_str());
}

}  // namespace
}  // namespace engagemap
