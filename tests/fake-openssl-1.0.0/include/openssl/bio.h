/* FAKE: empty.  Test fixture only; see README.md. */
