package org.detente.ledger;

import java.util.Objects;
import org.detente.model.Text;
import org.detente.model.VisaClass;

/** The issuing country stops issuing visas of a class (or of one category of it, e.g. "B1/B2") to the other side's nationals. Actor: the issuing country. */
public record VisaClassPaused(VisaClass visaClass, String visaCategory, String description) implements Measure {
    public VisaClassPaused {
        Objects.requireNonNull(visaClass, "visaClass is required");
        visaCategory = Text.optional(visaCategory);
        description = Text.optional(description);
    }

    @Override
    public MeasureType type() {
        return MeasureType.VISA_CLASS_PAUSED;
    }

    @Override
    public <R> R accept(MeasureVisitor<R> visitor) {
        return visitor.visaClassPaused(this);
    }
}
