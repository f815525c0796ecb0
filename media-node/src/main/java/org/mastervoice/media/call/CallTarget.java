package org.mastervoice.media.call;

import org.mastervoice.registration.ContactBinding;

/** One registered contact of the callee's devices, to fork to. */
record CallTarget(String device, ContactBinding binding) {
}
