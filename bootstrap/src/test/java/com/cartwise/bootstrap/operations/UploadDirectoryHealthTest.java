package com.cartwise.bootstrap.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class UploadDirectoryHealthTest {

    @Test
    void aNegativeFreeSpaceFloorIsRefusedAtStart() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new UploadDirectoryHealth("data/uploads", -5_242_880));

        assertEquals("cartwise.health.upload-directory-min-free must be 0 (never down for space) or more, but was -5242880 bytes", e.getMessage());
    }
}
