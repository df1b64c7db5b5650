#include "incident/migrations.h"

namespace cair::incident {
namespace {

#include "incident/migrations.inc"  // generated: kEmbeddedMigrations

}  // namespace

std::span<const EmbeddedMigration> Migrations() { return kEmbeddedMigrations; }

}  // namespace cair::incident
