// File: incident/migrations.h
// The store's schema migrations: src/incident/migrations/NNN_name.sql,
// embedded at build time (cmake/embed_migrations.cmake) and applied in
// order; the store records how many ran (PRAGMA user_version). Never edit a
// shipped migration: add the next numbered file (migrations_test.cc pins
// the shipped ones byte for byte, so an existing store upgrades the same).
#ifndef CAIR_INCIDENT_MIGRATIONS_H_
#define CAIR_INCIDENT_MIGRATIONS_H_

#include <span>
#include <string_view>

namespace cair::incident {

struct EmbeddedMigration {
  std::string_view file;  // "007_certificate_rowid.sql"
  std::string_view sql;   // the file's bytes
};

// Every migration, migration 1 first.
std::span<const EmbeddedMigration> Migrations();

}  // namespace cair::incident

#endif  // CAIR_INCIDENT_MIGRATIONS_H_
