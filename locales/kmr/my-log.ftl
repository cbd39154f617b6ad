## My log: the user's own entries.

my-log-title = Qeydên min
# Variables:
#   $occasions (Number) - occasions logged this week
#   $people (Number) - people reached this week
my-log-week = Vê hefteyê: { $occasions } { $occasions ->
    [one] çalakî
   *[other] çalakî
}, em gihîştin { $people } { $people ->
    [one] kesî
   *[other] kesan
}
# Variables:
#   $occasions (Number) - occasions logged this month
#   $people (Number) - people reached this month
my-log-month = Vê mehê: { $occasions } { $occasions ->
    [one] çalakî
   *[other] çalakî
}, em gihîştin { $people } { $people ->
    [one] kesî
   *[other] kesan
}
my-log-new = Çalakiyeke nû qeyd bike
my-log-drafts = Reşnivîsên ku divê werin temamkirin
my-log-draft-untitled = Reşnivîs bê cih
my-log-empty = Hîn tu çalakî nehatine qeydkirin.
my-log-not-sent = Hîn nehatiye şandin
# Variables:
#   $count (Number) - people reached at the occasion
my-log-people = { $count } { $count ->
    [one] kes
   *[other] kes
}
my-log-sent = Şaredarî wergirt
my-log-refused = Şaredarî red kir – veke û dîsa tomar bike
# Variables:
#   $name (String) - the colleague who logged an occasion the user co-hosted
my-log-hosted-by = Ji aliyê { $name } ve hat qeydkirin
my-log-delete = Jê bibe
my-log-delete-question = Vê çalakiyê jê bibî?
my-log-delete-yes = Jê bibe
my-log-delete-no = Bihêle
my-log-deleted = Çalakî hat jêbirin.
my-log-settings = Mîheng
my-log-more = Zêdetir nîşan bide
my-log-key-in-file = Mifteya danegeha cîhazê di pelekê de tê parastin, ji ber ku li ser cîhazê tu embareke mifteyan naxebite ku wê qebûl bike.
