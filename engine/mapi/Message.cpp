#include "mapi/Message.h"

namespace mig::mapi {

Attachment::Attachment(PropertyBag props)
    : properties(std::move(props))
{
}

Attachment::Attachment(const Attachment &other)
    : properties(other.properties)
    , embedded(other.embedded ? std::make_unique<Message>(*other.embedded) : nullptr)
{
}

Attachment &Attachment::operator=(const Attachment &other)
{
    if (this != &other) {
        properties = other.properties;
        embedded = other.embedded ? std::make_unique<Message>(*other.embedded) : nullptr;
    }
    return *this;
}

Attachment::~Attachment() = default;

bool operator==(const Attachment &a, const Attachment &b)
{
    if (a.properties != b.properties || bool(a.embedded) != bool(b.embedded))
        return false;
    return !a.embedded || *a.embedded == *b.embedded;
}

// Named-property maps are compared by content only where they are used; two messages are equal
// when their visible data is.
bool operator==(const Message &a, const Message &b)
{
    return a.properties == b.properties && a.hasRecipientTable == b.hasRecipientTable
           && a.recipients == b.recipients && a.hasAttachmentTable == b.hasAttachmentTable
           && a.attachments == b.attachments && a.rfc5322 == b.rfc5322;
}

} // namespace mig::mapi
