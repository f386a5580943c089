"""CalmReply: drafts calm, truthful replies to public customer complaints, and checks them."""

__version__ = "0.1.0"
