package io.contacts.http.undertow.xml;

import io.contacts.http.undertow.security.RateLimitStatus;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** Driving adapter XML shape: the answer to {@code /account/rate_limit_status}, Harvest v1's five fields. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "rate-limit-hash", propOrder = {"lastAccessAt", "count", "timeframeLimit", "maxCalls",
        "lockoutSeconds"})
public final class RateLimitStatusXml {

    @XmlElement(name = "last-access-at")
    TypedText lastAccessAt;
    @XmlElement(name = "count")
    TypedText count;
    @XmlElement(name = "timeframe-limit")
    TypedText timeframeLimit;
    @XmlElement(name = "max-calls")
    TypedText maxCalls;
    @XmlElement(name = "lockout-seconds")
    TypedText lockoutSeconds;

    /** For JAXB. */
    public RateLimitStatusXml() {
    }

    static RateLimitStatusXml from(RateLimitStatus status) {
        RateLimitStatusXml xml = new RateLimitStatusXml();
        xml.lastAccessAt = TypedText.datetime(status.lastAccessAt());
        xml.count = TypedText.integer(status.count());
        xml.timeframeLimit = TypedText.integer(status.timeframeSeconds());
        xml.maxCalls = TypedText.integer(status.maxCalls());
        xml.lockoutSeconds = TypedText.integer(status.lockoutSeconds());
        return xml;
    }
}
