// Hashing on several threads at once: cetak.pdf is hashed on a thread of its own while the
// archive hashes the indeks files (batch/run_job.cpp). Poco::Crypto deletes its lock array each
// time its count of users returns to zero and allocates a new one at the next user; before the
// library was held initialized for the whole process (file_hash.cpp), a hash ending on one
// thread while another began could delete the array under the other (a segfault in
// pthread_mutex_destroy under AddressSanitizer, seen once in scripts/test). Two threads make the
// count return to zero most often.
#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <sstream>
#include <thread>
#include <vector>

#include "archive/file_hash.hpp"

namespace kinerja::archive {
namespace {

TEST(FileHashThreads, KnownDigest) {
    EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(FileHashThreads, HashesStartAndEndOnTwoThreadsAtOnce) {
    constexpr int kThreads = 2;
    constexpr int kRounds = 20000;
    std::atomic<int> wrong{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&wrong] {
            for (int i = 0; i < kRounds; ++i) {
                if (sha256_hex("abc") != "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad") ++wrong;
            }
        });
    }
    for (std::thread& t : threads) t.join();
    EXPECT_EQ(wrong.load(), 0);
}

}  // namespace
}  // namespace kinerja::archive
