#include "lint/config.h"

#include "base/files.h"

#include <fstream>
#include <sstream>

#include <toml++/toml.h>

namespace cair::lint {

struct Config::Impl {
  toml::table table;
};

Config::Config() : impl_(std::make_unique<Impl>()) {}
Config::~Config() = default;
Config::Config(Config&&) noexcept = default;
Config& Config::operator=(Config&&) noexcept = default;

std::optional<Config> Config::Parse(std::string_view text, std::string* error) {
  // toml++ reports errors by exception; they stop here (no exception
  // leaves the lint layer).
  Config c;
  try {
    c.impl_->table = toml::parse(text);
  } catch (const toml::parse_error& e) {
    *error = "line " + std::to_string(e.source().begin.line) + ": " + std::string(e.description());
    return std::nullopt;
  }
  return c;
}

Config Config::Clone() const {
  Config c;
  c.impl_->table = impl_->table;
  return c;
}

std::optional<Config> Config::Load(const std::string& path, std::string* error) {
  auto text = base::ReadWholeFile(path, error);
  if (!text) return std::nullopt;
  std::string sub;
  auto c = Parse(*text, &sub);
  if (!c) *error = path + ": " + sub;
  return c;
}

bool Config::HasSection(std::string_view section) const {
  return impl_->table.contains(section);
}

std::optional<bool> Config::GetBool(std::string_view section, std::string_view key, bool def,
                                    std::string* error) const {
  auto node = impl_->table[section][key];
  if (!node) return def;
  if (auto v = node.value<bool>()) return *v;
  *error = "[" + std::string(section) + "] " + std::string(key) + ": expected a boolean";
  return std::nullopt;
}

std::optional<int64_t> Config::GetInt(std::string_view section, std::string_view key, int64_t def,
                                      std::string* error) const {
  auto node = impl_->table[section][key];
  if (!node) return def;
  if (auto v = node.value<int64_t>()) return *v;
  *error = "[" + std::string(section) + "] " + std::string(key) + ": expected an integer";
  return std::nullopt;
}

std::optional<std::string> Config::GetString(std::string_view section, std::string_view key,
                                             std::string_view def, std::string* error) const {
  auto node = impl_->table[section][key];
  if (!node) return std::string(def);
  if (auto v = node.value<std::string>()) return *v;
  *error = "[" + std::string(section) + "] " + std::string(key) + ": expected a string";
  return std::nullopt;
}

void Config::SetString(std::string_view section, std::string_view key, std::string_view value) {
  auto* t = impl_->table[section].as_table();
  if (!t) {
    impl_->table.insert_or_assign(section, toml::table{});
    t = impl_->table[section].as_table();
  }
  t->insert_or_assign(key, std::string(value));
}

}  // namespace cair::lint
