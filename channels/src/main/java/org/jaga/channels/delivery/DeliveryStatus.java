package org.jaga.channels.delivery;

/** How far an outbound message got on its platform; a status never goes back to a lower rank. */
public enum DeliveryStatus {
    SENT(1),
    DELIVERED(2),
    READ(3),
    FAILED(4);

    private final int rank;

    DeliveryStatus(int rank) {
        this.rank = rank;
    }

    int rank() {
        return rank;
    }
}
