#pragma once

#include <QStringList>

// Splits a migration file into statements Qt Sql can run one at a time.
namespace SqlScript {
// Drops `--` comments and blank lines; keeps CREATE TRIGGER ... BEGIN ... END; in one piece.
QStringList split(const QString &script);
} // namespace SqlScript
