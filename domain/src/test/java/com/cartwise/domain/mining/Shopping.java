package com.cartwise.domain.mining;

/**
 * The classic five-basket example of Tan, Steinbach and Kumar (Introduction to Data Mining, ch. 6),
 * small enough to count by hand. Counts: bread 4, milk 4, diapers 4, beer 3, cola 2, eggs 1;
 * bread+milk 3, bread+diapers 3, milk+diapers 3, diapers+beer 3, bread+beer 2, milk+beer 2,
 * milk+cola 2, diapers+cola 2; milk+diapers+beer 2, bread+milk+diapers 2, bread+diapers+beer 2,
 * milk+diapers+cola 2.
 */
final class Shopping {
    static final long BREAD = 101;
    static final long MILK = 102;
    static final long DIAPERS = 103;
    static final long BEER = 104;
    static final long EGGS = 105;
    static final long COLA = 106;

    private Shopping() {
    }

    static TransactionDatabase baskets() {
        return TransactionDatabase.builder()
                .add(BREAD, MILK)
                .add(BREAD, DIAPERS, BEER, EGGS)
                .add(MILK, DIAPERS, BEER, COLA)
                .add(BREAD, MILK, DIAPERS, BEER)
                .add(BREAD, MILK, DIAPERS, COLA)
                .build();
    }

    /** The dense itemset of these external ids in {@code database}. */
    static Itemset items(TransactionDatabase database, long... external) {
        int[] dense = new int[external.length];
        for (int i = 0; i < external.length; i++) {
            dense[i] = database.denseIdOf(external[i]).orElseThrow();
        }
        return Itemset.of(dense);
    }
}
