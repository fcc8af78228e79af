package org.detente.ledger;

import java.util.Objects;
import org.detente.model.Text;
import org.detente.model.VisaClass;

/** The issuing country issues visas of a class (or category) it had paused to the other side's nationals again. Actor: the issuing country. */
public record VisaClassResumed(VisaClass visaClass, String visaCategory, String description) implements Measure {
    public VisaClassResumed {
        Objects.requireNonNull(visaClass, "visaClass is required");
        visaCategory = Text.optional(visaCategory);
        description = Text.optional(description);
    }

    @Override
    public MeasureType type() {
        return MeasureType.VISA_CLASS_RESUMED;
    }

    @Override
    public <R> R accept(MeasureVisitor<R> visitor) {
        return visitor.visaClassResumed(this);
    }
}
