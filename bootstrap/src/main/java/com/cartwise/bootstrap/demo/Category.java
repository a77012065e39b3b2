package com.cartwise.bootstrap.demo;

import java.util.List;

/**
 * A department of the demo shop.
 *
 * @param popularity share of the shop's baskets started here at the season's peak, relative to the others
 * @param related    departments a basket started here often reaches into (skis to ski service)
 */
record Category(String name, Season season, double popularity, List<String> related) {
}
