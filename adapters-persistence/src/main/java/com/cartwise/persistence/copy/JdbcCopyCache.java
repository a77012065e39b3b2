package com.cartwise.persistence.copy;

import com.cartwise.application.port.CopyCache;
import com.cartwise.domain.bundles.copy.BundleCopy;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.TransactionalJdbc;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** {@link CopyCache} in {@code copy_cache}: the first copy kept for a brief stays (two jobs racing keep one). */
@Singleton
public final class JdbcCopyCache implements CopyCache {
    private final TransactionalJdbc jdbc;

    JdbcCopyCache(TransactionalJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<BundleCopy> find(ShopId shop, String contentHash) {
        return jdbc.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT title, description, tagline, writer FROM copy_cache WHERE shop_id = ? AND content_hash = ?")) {
                query.setString(1, shop.value());
                query.setString(2, contentHash);
                try (ResultSet row = query.executeQuery()) {
                    return row.next()
                            ? Optional.of(new BundleCopy(row.getString("title"), row.getString("description"), row.getString("tagline"),
                                    row.getString("writer")))
                            : Optional.empty();
                }
            }
        });
    }

    @Override
    public void keep(ShopId shop, String contentHash, BundleCopy copy) {
        jdbc.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO copy_cache (shop_id, content_hash, writer, title, description, tagline)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (shop_id, content_hash) DO NOTHING""")) {
                insert.setString(1, shop.value());
                insert.setString(2, contentHash);
                insert.setString(3, copy.writer());
                insert.setString(4, copy.title());
                insert.setString(5, copy.description());
                insert.setString(6, copy.tagline());
                return insert.executeUpdate();
            }
        });
    }
}
