import GRDB

/// The news database's schema, as migrations from the first version on: a database left by an
/// older Gloss is brought up to date when opened, never rebuilt.
enum NewsSchema {
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1: feeds and items") { db in
      try db.execute(
        sql: """
          CREATE TABLE feed (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            name TEXT,
            title TEXT,
            etag TEXT,
            lastModified TEXT,
            lastStatus TEXT,
            lastFetched DOUBLE,
            retryAfter DOUBLE
          );
          CREATE TABLE item (
            id INTEGER PRIMARY KEY,
            feedId INTEGER NOT NULL REFERENCES feed(id) ON DELETE CASCADE,
            guid TEXT NOT NULL UNIQUE,
            url TEXT,
            title TEXT NOT NULL,
            author TEXT,
            published TEXT,
            publishedTime DOUBLE NOT NULL,
            feedContent TEXT,
            article BLOB NOT NULL,
            articleFormat TEXT NOT NULL,
            fullText BOOLEAN NOT NULL,
            headline TEXT NOT NULL,
            quoteCount INTEGER,
            isRead BOOLEAN NOT NULL DEFAULT 0,
            isStarred BOOLEAN NOT NULL DEFAULT 0
          );
          CREATE INDEX item_by_feed ON item(feedId);
          CREATE INDEX item_by_time ON item(publishedTime DESC, id DESC);
          """)
    }
    migrator.registerMigration("v2: full-text search") { db in
      try db.execute(
        sql: """
          CREATE VIRTUAL TABLE itemText USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
          CREATE TRIGGER item_text_deleted AFTER DELETE ON item BEGIN
            DELETE FROM itemText WHERE rowid = old.id;
          END;
          INSERT INTO itemText(rowid, title, body) SELECT id, title, CAST(article AS TEXT) FROM item;
          """)
    }
    return migrator
  }
}
