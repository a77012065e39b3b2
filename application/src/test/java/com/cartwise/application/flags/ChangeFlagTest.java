package com.cartwise.application.flags;

import com.cartwise.application.flags.admin.ChangeFlag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.SkiShop;
import com.cartwise.application.fakes.InMemoryCartwise;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.shop.ShopId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The admin's changes: typed, checked, per shop over global over default, each one audited. */
class ChangeFlagTest {
    private final InMemoryCartwise cartwise = SkiShop.imported();

    private ChangeFlag.Result change(Optional<ShopId> shop, String name, FlagInput value, String actor) {
        return cartwise.changeFlag.execute(new ChangeFlag.Command(shop, name, Optional.ofNullable(value), actor));
    }

    private InvalidInputException refused(String name, FlagInput value) {
        return assertThrows(InvalidInputException.class, () -> change(Optional.empty(), name, value, "ops"));
    }

    @Test
    void aShopsValueOverridesTheGlobalOneWhichOverridesTheDefault() {
        Flag flag = FlagCatalogue.MIN_SUPPORT;
        assertEquals(new EffectiveValue("0.02", EffectiveValue.Source.DEFAULT), cartwise.flagValues.effective(flag, Optional.of(SkiShop.ID)));

        change(Optional.empty(), flag.name(), new FlagInput.Number(new BigDecimal("0.050")), "ops");
        assertEquals(new EffectiveValue("0.05", EffectiveValue.Source.GLOBAL), cartwise.flagValues.effective(flag, Optional.of(SkiShop.ID)));

        change(Optional.of(SkiShop.ID), flag.name(), new FlagInput.Number(new BigDecimal("0.1")), "ops");
        assertEquals(new EffectiveValue("0.1", EffectiveValue.Source.SHOP), cartwise.flagValues.effective(flag, Optional.of(SkiShop.ID)));
        assertEquals(0.05, cartwise.flagValues.number(flag, ShopId.of("another-shop")));
    }

    @Test
    void everyChangeIsAuditedWithWhoWhenTheOldAndTheNewValueNewestFirst() {
        change(Optional.empty(), "bundles.ai_copy", new FlagInput.Bool(false), "alice");
        change(Optional.of(SkiShop.ID), "bundles.ai_copy", new FlagInput.Bool(true), "bob");
        change(Optional.empty(), "bundles.ai_copy", null, "carol");

        List<FlagChange> changes = cartwise.listFlagChanges.execute(10, OptionalLong.empty());

        assertEquals(List.of("carol", "bob", "alice"), changes.stream().map(FlagChange::actor).toList());
        FlagChange removal = changes.getFirst();
        assertEquals(Optional.empty(), removal.shop());
        assertEquals(Optional.of("false"), removal.oldValue());
        assertEquals(Optional.empty(), removal.newValue());
        assertEquals(SkiShop.NOW, removal.at());
        assertEquals(Optional.of(SkiShop.ID), changes.get(1).shop());
        assertEquals(List.of("alice"), cartwise.listFlagChanges.execute(10, OptionalLong.of(changes.get(1).id())).stream()
                .map(FlagChange::actor).toList());
    }

    @Test
    void aValueOfTheWrongTypeOrOutOfRangeIsRefusedNamingTheFlagAndNothingChanges() {
        assertEquals("value", refused("kill_switch", new FlagInput.Text("yes")).field());
        assertTrue(refused("kill_switch", new FlagInput.Text("yes")).getMessage().contains("kill_switch is a boolean flag"));
        assertTrue(refused("bundles.min_support", new FlagInput.Number(BigDecimal.ZERO)).getMessage().contains("(0, 1]"));
        assertTrue(refused("bundles.max_bundle_size", new FlagInput.Number(new BigDecimal("2.5"))).getMessage()
                .contains("a whole number"));
        assertTrue(refused("bundles.max_bundle_size", new FlagInput.Number(new BigDecimal("4"))).getMessage().contains("[2, 3]"));
        assertTrue(refused("recommender.scorer", new FlagInput.Text("astrology")).getMessage().startsWith("value: recommender.scorer:"));

        assertEquals(List.of(), cartwise.listFlagChanges.execute(10, OptionalLong.empty()));
    }

    @Test
    void aFlagTheCatalogueDoesNotDeclareIsRefusedNamingTheKnownOnes() {
        InvalidInputException e = refused("turbo_mode", new FlagInput.Bool(true));

        assertEquals("name", e.field());
        assertTrue(e.getMessage().contains("kill_switch"), e.getMessage());
    }

    @Test
    void aKnownScorerIsAcceptedAndAnUnknownShopIsNotFound() {
        assertInstanceOf(ChangeFlag.Result.Changed.class, change(Optional.empty(), "recommender.scorer", new FlagInput.Text("lift"), "ops"));

        assertEquals(new ChangeFlag.Result.ShopNotFound(ShopId.of("nope")),
                change(Optional.of(ShopId.of("nope")), "kill_switch", new FlagInput.Bool(true), "ops"));
    }

    @Test
    void theCatalogueListsEveryFlagWithItsGlobalValue() {
        change(Optional.empty(), "kill_switch", new FlagInput.Bool(true), "ops");

        List<FlagView> views = cartwise.listFlags.global();

        assertEquals(FlagCatalogue.ALL, views.stream().map(FlagView::flag).toList());
        assertEquals(Optional.of("true"), views.getFirst().globalValue());
        assertEquals(Optional.empty(), cartwise.listFlags.of(ShopId.of("nope")));
    }
}
