## My log: the user's own entries.

my-log-title = Diiwaankayga
# Variables:
#   $occasions (Number) - occasions logged this week
#   $people (Number) - people reached this week
my-log-week = Toddobaadkan: { $occasions } { $occasions ->
    [one] kulan
   *[other] kulan
}, { $people } { $people ->
    [one] qof
   *[other] qof
} oo la gaaray
# Variables:
#   $occasions (Number) - occasions logged this month
#   $people (Number) - people reached this month
my-log-month = Bishan: { $occasions } { $occasions ->
    [one] kulan
   *[other] kulan
}, { $people } { $people ->
    [one] qof
   *[other] qof
} oo la gaaray
my-log-new = Diiwaangeli kulan cusub
my-log-drafts = Qabyo loo baahan yahay in la dhammaystiro
my-log-draft-untitled = Qabyo aan goob lahayn
my-log-empty = Weli kulan lama diiwaangelin.
my-log-not-sent = Weli lama dirin
# Variables:
#   $count (Number) - people reached at the occasion
my-log-people = { $count } { $count ->
    [one] qof
   *[other] qof
}
my-log-sent = Degmada ayaa heshay
my-log-refused = Degmada ayaa diiday – fur oo mar kale kaydi
# Variables:
#   $name (String) - the colleague who logged an occasion the user co-hosted
my-log-hosted-by = Waxaa diiwaangeliyay { $name }
my-log-delete = Tirtir
my-log-delete-question = Kulanka ma la tirtiraa?
my-log-delete-yes = Tirtir
my-log-delete-no = Hay
my-log-deleted = Kulanka waa la tirtiray.
my-log-settings = Dejinta
my-log-more = Tus wax badan
my-log-key-in-file = Furaha kaydka xogta ee qalabka waxaa lagu hayaa fayl, sababtoo ah qalabka kuma shaqeeyo kayd furayaal oo aqbali kara.
