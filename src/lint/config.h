// File: lint/config.h
// The run's lint configuration: a TOML document whose tables are named after
// a lint (`[e_crl_next_update_invalid]`) or a shared section
// (`[CABFBaselineRequirementsConfig]`), as zlint's -config files are.
#ifndef CAIR_LINT_CONFIG_H_
#define CAIR_LINT_CONFIG_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace cair::lint {

class Config {
 public:
  Config();
  ~Config();
  Config(Config&&) noexcept;
  Config& operator=(Config&&) noexcept;

  // Parses TOML text. On error returns nullopt and sets `*error`
  // ("line 3: expected '='").
  static std::optional<Config> Parse(std::string_view toml, std::string* error);
  static std::optional<Config> Load(const std::string& path, std::string* error);

  // Typed look-ups. A missing key yields `def`; a key of the wrong type
  // yields nullopt and sets `*error`.
  std::optional<bool> GetBool(std::string_view section, std::string_view key, bool def,
                              std::string* error) const;
  std::optional<int64_t> GetInt(std::string_view section, std::string_view key, int64_t def,
                                std::string* error) const;
  std::optional<std::string> GetString(std::string_view section, std::string_view key, std::string_view def,
                                       std::string* error) const;
  bool HasSection(std::string_view section) const;
  // A copy (e.g. one the server changes per request profile).
  Config Clone() const;
  // Sets `[section] key = value` (a command-line option that overrides or
  // adds to the configuration file, e.g. --weak-key-blocklist).
  void SetString(std::string_view section, std::string_view key, std::string_view value);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace cair::lint

#endif  // CAIR_LINT_CONFIG_H_
