package com.cartwise.bootstrap.demo;

import static com.cartwise.bootstrap.demo.ProductLine.Kind.CONSUMABLE;
import static com.cartwise.bootstrap.demo.ProductLine.Kind.GEAR;
import static com.cartwise.bootstrap.demo.ProductLine.Kind.GIFT_CARD;
import static com.cartwise.bootstrap.demo.ProductLine.Kind.MADE_TO_ORDER;

import java.util.List;

/**
 * What the demo shop, an Alpine sports shop with a coffee bar, sells: its departments, its
 * product lines, and the purchases its customers complete together. Data, not logic.
 */
final class DemoCatalogue {
    static final String SHOP_NAME = "Bergkamm Sport & Café";

    static final String SKIS = "Skis & Bindings";
    static final String BOOTS = "Ski Boots";
    static final String SERVICE = "Ski Service";
    static final String HELMETS = "Helmets & Goggles";
    static final String OUTERWEAR = "Outerwear";
    static final String BASE = "Base Layers & Socks";
    static final String GLOVES = "Gloves & Hats";
    static final String CAMPING = "Camping";
    static final String HIKING = "Hiking";
    static final String COFFEE = "Coffee";
    static final String CAFE = "Café & Snacks";
    static final String GIFTS = "Maps & Gifts";

    static final List<Category> CATEGORIES = List.of(
            new Category(SKIS, Season.WINTER, 1.0, List.of(SERVICE, BOOTS, HELMETS)),
            new Category(BOOTS, Season.WINTER, 0.6, List.of(SKIS, BASE)),
            new Category(SERVICE, Season.WINTER, 0.7, List.of(SKIS)),
            new Category(HELMETS, Season.WINTER, 0.7, List.of(OUTERWEAR, GLOVES)),
            new Category(OUTERWEAR, Season.WINTER, 0.9, List.of(BASE, GLOVES)),
            new Category(BASE, Season.ALL_YEAR, 0.8, List.of(OUTERWEAR, HIKING)),
            new Category(GLOVES, Season.WINTER, 0.8, List.of(OUTERWEAR, HELMETS)),
            new Category(CAMPING, Season.SUMMER, 1.0, List.of(HIKING, CAFE)),
            new Category(HIKING, Season.SUMMER, 1.2, List.of(CAMPING, BASE, GIFTS)),
            new Category(COFFEE, Season.ALL_YEAR, 1.6, List.of(CAFE)),
            new Category(CAFE, Season.ALL_YEAR, 1.2, List.of(COFFEE, HIKING)),
            new Category(GIFTS, Season.ALL_YEAR, 0.4, List.of(HIKING)));

    private static final OptionScheme SIZES = OptionScheme.of("S", "M", "L", "XL");

    static final List<ProductLine> LINES = List.of(
            new ProductLine("SKI", SKIS, "Skis", 14, 349, 799,
                    List.of("Atomic", "Völkl", "Rossignol", "Fischer", "Head", "K2", "Elan", "Blizzard"),
                    List.of("Carve 72", "Allmountain 80", "Freeride 94", "Piste Pro 68", "Explorer 84", "Tour 88"),
                    OptionScheme.of("156 cm", "163 cm", "170 cm", "177 cm"), GEAR),
            new ProductLine("BND", SKIS, "Ski Bindings", 9, 149, 329,
                    List.of("Marker", "Salomon", "Tyrolia", "Look"),
                    List.of("Marker|Griffon 13 ID", "Marker|Squire 11", "Salomon|Strive 12 GW", "Salomon|Warden 11",
                            "Tyrolia|Attack 14 GW", "Tyrolia|PRD 12", "Look|Pivot 15", "Look|SPX 12 GW", "Look|NX 11"),
                    OptionScheme.NONE, GEAR),
            new ProductLine("POL", SKIS, "Ski Poles", 6, 39, 129,
                    List.of("Leki", "Komperdell", "Kerma"), List.of("Carbon 14 Poles", "Alu Race Poles", "Touring Vario Poles"),
                    OptionScheme.of("115 cm", "120 cm", "125 cm", "130 cm"), GEAR),
            new ProductLine("BOO", BOOTS, "Ski Boots", 10, 279, 599,
                    List.of("Lange", "Tecnica", "Atomic", "Nordica", "Dalbello", "Salomon"),
                    List.of("Pro 100 Ski Boots", "Prime 110 Ski Boots", "Speed 90 Ski Boots", "Free 120 Ski Boots"),
                    OptionScheme.of("25.5", "26.5", "27.5", "28.5"), GEAR),
            new ProductLine("BAG", BOOTS, "Boot Bags", 6, 39, 99,
                    List.of("Bergkamm", "Dakine", "Atomic"), List.of("Boot Bag 35 L", "Boot Backpack 50 L", "Ski & Boot Roller Bag"),
                    OptionScheme.NONE, GEAR),
            new ProductLine("BAC", BOOTS, "Boot Accessories", 7, 29, 79,
                    List.of("Therm-ic", "Sidas", "Bergkamm"), List.of("Custom Footbeds", "Boot Dryer", "Merino Insoles", "Boot Warmer Set"),
                    OptionScheme.NONE, GEAR),
            new ProductLine("WAX", SERVICE, "Ski Wax", 9, 9, 39,
                    List.of("Swix", "Toko", "Holmenkol", "Dominator"),
                    List.of("Universal Glide Wax 180 g", "Cold Racing Wax 60 g", "Paste Wax 50 ml", "Fluoro-free Glide Wax 100 g"),
                    OptionScheme.NONE, CONSUMABLE),
            new ProductLine("TUN", SERVICE, "Tuning Tools", 10, 9, 39,
                    List.of("Swix", "Toko", "Holmenkol"),
                    List.of("Edge Tuner 88°", "Plexi Scraper", "Brass Brush", "Nylon Brush", "Diamond File"),
                    OptionScheme.NONE, GEAR),
            new ProductLine("CAR", SERVICE, "Ski Bags", 5, 39, 99,
                    List.of("Bergkamm", "Dakine"), List.of("Ski Bag 175 cm", "Double Ski Bag 190 cm", "Padded Ski Roller 185 cm"),
                    OptionScheme.NONE, GEAR),
            new ProductLine("HLM", HELMETS, "Ski Helmets", 9, 89, 259,
                    List.of("Uvex", "Salomon", "Smith", "POC", "Giro"),
                    List.of("Legend MIPS Helmet", "Pivot Helmet", "Obex Helmet", "Rise Helmet"),
                    OptionScheme.of("S", "M", "L"), GEAR),
            new ProductLine("GOG", HELMETS, "Goggles", 11, 49, 229,
                    List.of("Uvex", "Oakley", "Smith", "Alpina"),
                    List.of("Downhill Goggles", "Flight Deck Goggles", "Mag Goggles", "Big Horn Goggles"),
                    OptionScheme.NONE, GEAR),
            new ProductLine("JKT", OUTERWEAR, "Ski Jackets", 10, 199, 499,
                    List.of("Bergkamm", "Schöffel", "Ortovox", "Mammut", "Vaude", "Salewa"),
                    List.of("Powder Ski Jacket", "Ridge Insulated Jacket", "Glacier Shell Jacket", "Summit 3L Jacket"),
                    OptionScheme.of(SIZES.dimensions().getFirst(), List.of("Black", "Petrol")), GEAR),
            new ProductLine("PNT", OUTERWEAR, "Ski Pants", 7, 149, 349,
                    List.of("Bergkamm", "Schöffel", "Ortovox", "Mammut", "Vaude", "Salewa"),
                    List.of("Powder Ski Pants", "Ridge Insulated Pants", "Glacier Shell Pants", "Summit Bib Pants"),
                    SIZES, GEAR),
            new ProductLine("MID", OUTERWEAR, "Midlayers", 8, 69, 249,
                    List.of("Bergkamm", "Ortovox", "Mammut", "Vaude"),
                    List.of("Fleece Hoody", "Merino Midlayer", "Synthetic Vest", "Light Down Jacket"),
                    SIZES, GEAR),
            new ProductLine("BLT", BASE, "Base Layers", 7, 49, 119,
                    List.of("Icebreaker", "Ortovox", "Falke", "Bergkamm"),
                    List.of("Merino 200 Long Sleeve Top", "Merino 150 Crewe", "Seamless Active Top"),
                    SIZES, GEAR),
            new ProductLine("BLB", BASE, "Base Layers", 6, 45, 109,
                    List.of("Icebreaker", "Ortovox", "Falke", "Bergkamm"),
                    List.of("Merino 200 Leggings", "Merino 150 Long Johns", "Seamless Active Tights"),
                    SIZES, GEAR),
            new ProductLine("SCK", BASE, "Socks", 10, 14, 34,
                    List.of("Falke", "Smartwool", "Bridgedale", "Bergkamm"),
                    List.of("SK2 Ski Socks", "Merino Hiking Socks", "Trekking Crew Socks", "Ultra Light Ski Socks"),
                    OptionScheme.of("35-38", "39-42", "43-46"), CONSUMABLE),
            new ProductLine("GLV", GLOVES, "Gloves", 9, 29, 139,
                    List.of("Reusch", "Hestra", "Leki", "Roeckl"),
                    List.of("Army Leather Gloves", "Primaloft Mittens", "Touring Gloves", "Liner Gloves"),
                    SIZES, GEAR),
            new ProductLine("HAT", GLOVES, "Hats", 9, 19, 49,
                    List.of("Bergkamm", "Eisbär", "Buff"), List.of("Merino Beanie", "Pompom Beanie", "Headband", "Ribbed Cuff Beanie"),
                    OptionScheme.of("Black", "Grey", "Red"), GEAR),
            new ProductLine("NCK", GLOVES, "Neckwear", 6, 15, 39,
                    List.of("Buff", "P.A.C.", "Bergkamm"), List.of("Original Neck Gaiter", "Merino Tube", "Polar Neckwarmer"),
                    OptionScheme.NONE, GEAR),
            new ProductLine("WRM", GLOVES, "Hand Warmers", 5, 2, 5,
                    List.of("Therm-ic", "HotHands", "Bergkamm"), List.of("Hand Warmers 2-Pack", "Toe Warmers 2-Pack", "Body Warmer Pad"),
                    OptionScheme.NONE, CONSUMABLE),
            new ProductLine("TNT", CAMPING, "Tents", 9, 199, 899,
                    List.of("MSR", "Vaude", "Nordisk", "Big Agnes", "Hilleberg"),
                    List.of("Trail 2 Tent", "Mark 3P Tent", "Ultralight 2 Tent", "Tourer 1 Tent"),
                    OptionScheme.NONE, GEAR),
            new ProductLine("SLB", CAMPING, "Sleeping Bags", 8, 89, 399,
                    List.of("Deuter", "Mammut", "Vaude", "Nordisk"),
                    List.of("Orbit 0° Sleeping Bag", "Down Comfort -5 Sleeping Bag", "Summer Light Sleeping Bag"),
                    OptionScheme.of("Regular", "Long"), GEAR),
            new ProductLine("MAT", CAMPING, "Sleeping Mats", 7, 49, 219,
                    List.of("Therm-a-Rest", "Exped", "Sea to Summit"),
                    List.of("XLite Mat", "Synmat 7 Mat", "Ultralight Insulated Mat", "Z Lite Sol Mat"),
                    OptionScheme.NONE, GEAR),
            new ProductLine("STV", CAMPING, "Stoves", 6, 39, 179,
                    List.of("MSR", "Primus", "Jetboil"),
                    List.of("PocketRocket 2 Stove", "Essential Trail Stove", "Flash Cooking System", "WindBurner Stove"),
                    OptionScheme.NONE, GEAR),
            new ProductLine("GAS", CAMPING, "Fuel", 5, 5, 12,
                    List.of("Primus", "MSR", "Campingaz"), List.of("Gas Cartridge 230 g", "Gas Cartridge 100 g", "Gas Cartridge 450 g"),
                    OptionScheme.NONE, CONSUMABLE),
            new ProductLine("COK", CAMPING, "Cookware", 10, 9, 39,
                    List.of("Sea to Summit", "Primus", "Light My Fire", "Esbit"),
                    List.of("Titanium Pot 750 ml", "Spork Set", "Collapsible Bowl", "Camp Kettle 1 L", "Cutlery Set"),
                    OptionScheme.NONE, GEAR),
            new ProductLine("PCK", HIKING, "Backpacks", 11, 59, 229,
                    List.of("Deuter", "Osprey", "Vaude", "Mammut", "Bergkamm"),
                    List.of("Futura 32 Backpack", "Talon 22 Backpack", "Trail 30 Backpack", "Lithium 45 Backpack", "Daypack 18"),
                    OptionScheme.NONE, GEAR),
            new ProductLine("HKB", HIKING, "Hiking Boots", 9, 149, 289,
                    List.of("Meindl", "Hanwag", "Lowa", "Salewa", "La Sportiva"),
                    List.of("Renegade GTX Mid", "Tatra II", "Mountain Trainer Mid GTX", "Banks GTX", "TX4 Mid GTX"),
                    OptionScheme.of("EU 38", "EU 40", "EU 42", "EU 44", "EU 46"), GEAR),
            new ProductLine("TRP", HIKING, "Trekking Poles", 6, 49, 169,
                    List.of("Leki", "Black Diamond", "Komperdell"), List.of("Carbon Trekking Poles", "Cork Grip Poles", "Folding Z Poles"),
                    OptionScheme.NONE, GEAR),
            new ProductLine("HDL", HIKING, "Headlamps", 6, 24, 89,
                    List.of("Petzl", "Black Diamond", "Ledlenser"),
                    List.of("Core Headlamp", "Spot 400 Headlamp", "Compact Headlamp", "Trail Headlamp"),
                    OptionScheme.NONE, GEAR),
            new ProductLine("PWR", HIKING, "Batteries", 4, 24, 49,
                    List.of("Petzl", "Black Diamond", "Anker"),
                    List.of("Petzl|Core Rechargeable Battery", "Black Diamond|BD 1500 Rechargeable Battery", "Anker|Power Bank 10000 mAh",
                            "Anker|Power Bank 5000 mAh"),
                    OptionScheme.NONE, CONSUMABLE),
            new ProductLine("BTL", HIKING, "Bottles", 8, 14, 44,
                    List.of("Nalgene", "Sigg", "Klean Kanteen", "Platypus"),
                    List.of("Wide Mouth Bottle 1 L", "Traveller Bottle 0.75 L", "Insulated Bottle 0.6 L", "Hydration Bladder 2 L"),
                    OptionScheme.NONE, GEAR),
            new ProductLine("RNG", HIKING, "Rain Gear", 7, 9, 59,
                    List.of("Deuter", "Vaude", "Bergkamm"), List.of("Backpack Rain Cover", "Rain Poncho", "Gaiters", "Rain Kilt"),
                    OptionScheme.NONE, GEAR),
            new ProductLine("SHC", HIKING, "Shoe Care", 4, 8, 19,
                    List.of("Nikwax", "Collonil", "Meindl"),
                    List.of("Nikwax|Waterproofing Spray 300 ml", "Nikwax|Nubuck & Suede Proof", "Collonil|Outdoor Active Spray",
                            "Meindl|Sportwax"),
                    OptionScheme.NONE, CONSUMABLE),
            new ProductLine("BEA", COFFEE, "Coffee Beans", 14, 9, 16,
                    List.of("Bergkamm Roastery", "Alt Wien", "J. Hornig", "Süssmund"),
                    List.of("Gipfel Espresso", "Hausmischung", "Ethiopia Yirgacheffe", "Colombia Huila", "Brazil Cerrado",
                            "Decaf Swiss Water", "Kenya AA"),
                    OptionScheme.priced(List.of("250 g", "1 kg"), List.of(1.0, 3.4)), MADE_TO_ORDER),
            new ProductLine("GRD", COFFEE, "Ground Coffee", 6, 8, 14,
                    List.of("Bergkamm Roastery", "Alt Wien"),
                    List.of("Filter Coffee Ground 250 g", "Breakfast Blend Ground 250 g", "Decaf Ground 250 g",
                            "Mountain Blend Ground 250 g"),
                    OptionScheme.NONE, CONSUMABLE),
            new ProductLine("DRP", COFFEE, "Pour-over Drippers", 4, 19, 59,
                    List.of(),
                    List.of("Hario|V60 Dripper 02", "Kalita|Wave 185 Dripper", "Chemex|Classic 6 Cup", "Melitta|Porcelain Dripper 1x4"),
                    OptionScheme.NONE, GEAR),
            new ProductLine("BRW", COFFEE, "Brewing Gear", 6, 29, 59,
                    List.of(),
                    List.of("Bialetti|Moka Express 3 Cups", "Bialetti|Moka Express 6 Cups", "Bodum|Chambord French Press 1 L",
                            "Hario|Skerton Hand Grinder", "Hario|Buono Drip Kettle", "Aeropress|Original"),
                    OptionScheme.NONE, GEAR),
            new ProductLine("GRN", COFFEE, "Grinders & Kettles", 3, 149, 259,
                    List.of(), List.of("Comandante|C40 Hand Grinder", "Fellow|Stagg EKG Kettle", "1Zpresso|J-Max Hand Grinder"),
                    OptionScheme.NONE, GEAR),
            new ProductLine("FLT", COFFEE, "Coffee Filters", 5, 4, 12,
                    List.of(),
                    List.of("Hario|Paper Filters 02 (100 pcs)", "Chemex|Bonded Filters (100 pcs)", "Melitta|Filter Papers 1x4 (80 pcs)",
                            "Kalita|Wave Filters 185 (100 pcs)", "Aeropress|Micro Filters (350 pcs)"),
                    OptionScheme.NONE, CONSUMABLE),
            new ProductLine("BAR", CAFE, "Energy Bars", 10, 2, 4,
                    List.of("Clif", "Powerbar", "Mountain Fuel", "Bergkamm"),
                    List.of("Oat & Honey Bar", "Dark Chocolate Nut Bar", "Protein Crunch Bar", "Apricot Energy Bar"),
                    OptionScheme.NONE, CONSUMABLE),
            new ProductLine("TEA", CAFE, "Tea", 7, 5, 14,
                    List.of("Sonnentor", "Demmers", "Bergkamm"),
                    List.of("Alpine Herb Tea", "Mountain Chai", "Ginger Lemon Tea", "Earl Grey Loose Leaf"),
                    OptionScheme.NONE, CONSUMABLE),
            new ProductLine("HOC", CAFE, "Hot Chocolate", 4, 7, 15,
                    List.of("Zotter", "Bergkamm"), List.of("Hot Chocolate 70%", "Hot Chocolate Milk", "Spiced Hot Chocolate"),
                    OptionScheme.NONE, CONSUMABLE),
            new ProductLine("FLS", CAFE, "Flasks", 8, 24, 59,
                    List.of("Stanley", "Thermos", "Sigg", "Esbit"),
                    List.of("Classic Vacuum Flask 1 L", "Ultralight Flask 0.5 L", "Food Jar 0.5 L", "Travel Mug 0.47 L"),
                    OptionScheme.NONE, GEAR),
            new ProductLine("MUG", CAFE, "Mugs", 5, 9, 24,
                    List.of("Bergkamm", "Sea to Summit", "GSI"), List.of("Enamel Mug 350 ml", "Collapsible Cup", "Espresso Cup Set"),
                    OptionScheme.of("White", "Black", "Forest Green"), GEAR),
            new ProductLine("MAP", GIFTS, "Maps", 8, 9, 16,
                    List.of("Kompass", "Freytag & Berndt", "Alpenvereinskarte"),
                    List.of("Hiking Map Tirol 1:50 000", "Hiking Map Salzkammergut", "Ski Touring Map Arlberg", "Hiking Map Dachstein"),
                    OptionScheme.NONE, GEAR),
            new ProductLine("BOK", GIFTS, "Books", 6, 19, 39,
                    List.of("Rother", "Tyrolia Verlag", "Bergkamm"),
                    List.of("Hut Walks Guide", "Ski Touring Guide", "Alpine Cookbook", "Via Ferrata Guide"),
                    OptionScheme.NONE, GEAR),
            new ProductLine("GFT", GIFTS, "Gift Cards", 1, 25, 25,
                    List.of("Bergkamm"), List.of("Gift Card"),
                    OptionScheme.priced(List.of("€25", "€50", "€100"), List.of(1.0, 2.0, 4.0)), GIFT_CARD));

    /**
     * A purchase customers complete together: who buys the anchor line's product also takes the
     * complement lines' products much more often than chance.
     *
     * @param instances how many distinct anchor products of the line get their own complements
     */
    record BundleTemplate(String anchorLine, List<String> complementLines, int instances) {
    }

    static final List<BundleTemplate> BUNDLES = List.of(
            new BundleTemplate("SKI", List.of("BND", "WAX"), 3),
            new BundleTemplate("BOO", List.of("BAG"), 1),
            new BundleTemplate("HLM", List.of("GOG"), 2),
            new BundleTemplate("JKT", List.of("PNT"), 2),
            new BundleTemplate("BLT", List.of("BLB"), 2),
            new BundleTemplate("GLV", List.of("WRM"), 1),
            new BundleTemplate("TNT", List.of("MAT"), 2),
            new BundleTemplate("STV", List.of("GAS", "COK"), 2),
            new BundleTemplate("HKB", List.of("SHC"), 2),
            new BundleTemplate("HDL", List.of("PWR"), 1),
            // Drippers first, so that each takes its own brand's filters before ground coffee takes any.
            new BundleTemplate("DRP", List.of("FLT", "BEA"), 2),
            new BundleTemplate("GRD", List.of("FLT"), 2),
            new BundleTemplate("FLS", List.of("HOC"), 1));

    private DemoCatalogue() {
    }
}
