package org.warmintro.k8s;

/** One thing wrong with one rendered object, in words that name the object and the field. */
record Problem(String object, String message) {

    static Problem of(ObjectId object, String message) {
        return new Problem(object.toString(), message);
    }

    @Override
    public String toString() {
        return object + ": " + message;
    }
}
