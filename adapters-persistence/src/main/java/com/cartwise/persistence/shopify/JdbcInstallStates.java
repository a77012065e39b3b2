package com.cartwise.persistence.shopify;

import com.cartwise.application.port.InstallStates;
import com.cartwise.application.shopify.InstallState;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.domain.shopify.ShopDomain;
import com.cartwise.persistence.SqlValues;
import com.cartwise.persistence.TransactionalJdbc;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

/** {@link InstallStates} in {@code shopify_install_states}; expired states are swept as new ones come. */
@Singleton
public final class JdbcInstallStates implements InstallStates {
    private final TransactionalJdbc jdbc;

    JdbcInstallStates(TransactionalJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void remember(InstallState state) {
        jdbc.write(c -> {
            Bound.update(c, "DELETE FROM shopify_install_states WHERE shop_id = ? AND expires_at < now()", state.shop().value());
            return Bound.update(c, """
                    INSERT INTO shopify_install_states (shop_id, nonce, shop_domain, creates_shop, expires_at) VALUES (?, ?, ?, ?, ?)""",
                    state.shop().value(), state.nonce(), state.domain().value(), state.createsShop(), state.expiresAt());
        });
    }

    @Override
    public Optional<InstallState> take(ShopId shop, String nonce, Instant now) {
        return jdbc.write(c -> Bound.one(c, """
                DELETE FROM shopify_install_states WHERE shop_id = ? AND nonce = ?
                RETURNING shop_id, nonce, shop_domain, creates_shop, expires_at""",
                row -> new InstallState(ShopId.of(row.getString(1)), row.getString(2), ShopDomain.of(row.getString(3)),
                        row.getBoolean(4), SqlValues.instant(row, "expires_at")),
                shop.value(), nonce).filter(state -> state.expiresAt().isAfter(now)));
    }
}
