#include "incident/migrations.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "base/files.h"
#include "base/sha256.h"

namespace cair::incident {
namespace {

namespace fs = std::filesystem;

// The embedded list is exactly the files of src/incident/migrations, in
// name order, byte for byte.
TEST(Migrations, EmbeddedListMatchesTheFiles) {
  const fs::path dir = fs::path(CAIR_SOURCE_DIR) / "src" / "incident" / "migrations";
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".sql") files.push_back(e.path().filename().string());
  std::sort(files.begin(), files.end());
  const auto embedded = Migrations();
  ASSERT_EQ(embedded.size(), files.size()) << "re-run the build: the .inc is generated from the files";
  for (size_t i = 0; i < files.size(); ++i) {
    EXPECT_EQ(embedded[i].file, files[i]);
    auto bytes = base::ReadFile((dir / files[i]).string());
    ASSERT_TRUE(bytes.ok()) << bytes.status().ToString();
    EXPECT_EQ(embedded[i].sql, *bytes) << files[i];
    // NNN_ prefix: migration i + 1, no gap, no duplicate.
    EXPECT_EQ(std::stoi(files[i].substr(0, 3)), static_cast<int>(i + 1)) << files[i];
  }
}

// Shipped migrations never change: an existing store has run them and
// records only how many (PRAGMA user_version). These are the SHA-256 of the
// texts as shipped inline in store.cc before they moved to files.
TEST(Migrations, ShippedMigrationsAreUnchanged) {
  const char* const kShipped[] = {
      "0bc2007cf6589969c0002cea4d9ddcad6618e12666008c44391a365d56b79fd5",
      "40edf28c747c265522e53a647c1adec18772b364175a461c73ae76d9755f403c",
      "52d9edc13f4b6e753b8f2b6aea82237df8a7803f463603c39a55587db90e3a54",
      "199d126ee98647db2a2d20fb79a1f97ab249297ba96f82304e5d9fd7204d7bc3",
      "4021c34ddc61d34da4a836fdc55981cf986554c152930659269026d590199526",
      "eab00bd210cc438d97d678df6afe3e44b369016751cd3fe71b5bed5f95058080",
      "ea6b016234f6a1f07e4db995097074c384916d3f90f186d7b560d3c0c575bfbd",
      "b7ecf1f60d91ac839c0266cd7f7b4099a2a5bc1f9cc5f1be6b005d5b95cdb050",
      "babd82fea8ce3730edd3ce20bcaa140570a215e8aac1cbbda060861e9ac5185b",
      "99ddc3b8bcbd21f115e4099af98a77d733f9b9d0a69b910227ee11a059c4ad45",
      "76a367c02faa251fea84acabf6be113ef97f4fe3a0ed5daf292184fa96648a95",
      "4ad67c0bda877f3c67aad47001375b12be1d6957fc28374a5673dc01daf1000c",
      "77cca8362dc0d811a353d5516c3c8733fbce7703aca4bd95ca29dcb03aa058cb",
  };
  const auto embedded = Migrations();
  ASSERT_GE(embedded.size(), std::size(kShipped));
  for (size_t i = 0; i < std::size(kShipped); ++i)
    EXPECT_EQ(base::Sha256Hex(embedded[i].sql), kShipped[i]) << embedded[i].file << " was shipped: add a new migration instead";
}

}  // namespace
}  // namespace cair::incident
