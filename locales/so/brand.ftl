## Terms used across the product. Terms are never translated inside other messages.

-brand-name = Brobygge
