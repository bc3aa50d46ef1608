### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).

## The ready-to-show message.
## Variables (full notes in locales/en/crisis.ftl):
##   $line_state  open | closed | unknown (hours not known) | none (no line to name)
##   $line_name   the first line's name; $name_form says which form:
##   $name_form   text: written to stand inside the [text] sentences below
##                (article, quotes or case as they need); label: only the
##                line's name, held as a label ("Name: …"), never in the grammar
##   $reach       call | text | chat | whatsapp | web: how to reach that line
##   $contact     the number or link, exactly as the dataset holds it
##   $opens_day   today | tomorrow | mon … sun (within the coming week) | none
##   $opens_at    the opening time, already in this locale's time format; "none" otherwise
##   $free        yes | unknown
##   $emergency   the country's emergency number, or "none" when not known
##   $country_known  yes | no (no: ask-country asks, so the message must not)
##   $directory   link of an international helpline directory

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Λυπάμαι πραγματικά που περνάτε κάτι τόσο δύσκολο, και χαίρομαι που μου το είπατε. Δεν χρειάζεται να το αντιμετωπίσετε χωρίς στήριξη.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] Μπορείτε να επικοινωνήσετε αμέσως με { $line_name }: { support-reach }.{ support-free }
               *[label] Μπορείτε να επικοινωνήσετε αμέσως με μια γραμμή βοήθειας. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] Αυτή τη στιγμή δεν μπορείτε να επικοινωνήσετε με { $line_name }· θα μπορείτε ξανά { support-opens }: { support-reach }.{ support-free }
               *[label] Η γραμμή αυτή είναι προς το παρόν κλειστή και { support-opens } ανοίγει ξανά. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] Μπορείτε να επικοινωνήσετε με { $line_name }: { support-reach }.{ support-free }
               *[label] Ορίστε μια γραμμή βοήθειας με την οποία μπορείτε να επικοινωνήσετε. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] Στο { $directory } μπορείτε να βρείτε μια γραμμή βοήθειας στη χώρα σας.
               *[no] Μπορείτε επίσης να βρείτε μια γραμμή βοήθειας στο { $directory }.
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] σήμερα στις { $opens_at }
        [tomorrow] αύριο στις { $opens_at }
        [mon] τη Δευτέρα στις { $opens_at }
        [tue] την Τρίτη στις { $opens_at }
        [wed] την Τετάρτη στις { $opens_at }
        [thu] την Πέμπτη στις { $opens_at }
        [fri] την Παρασκευή στις { $opens_at }
        [sat] το Σάββατο στις { $opens_at }
        [sun] την Κυριακή στις { $opens_at }
       *[none] αργότερα
    }

support-reach =
    { $reach ->
        [call] τηλεφωνήστε στο { $contact }
        [text] στείλτε SMS στο { $contact }
        [chat] μιλήστε μέσω chat στο { $contact }
        [whatsapp] στείλτε μήνυμα μέσω WhatsApp στο { $contact }
       *[web] επισκεφθείτε το { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Η επικοινωνία είναι δωρεάν.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Αν βρίσκεστε σε άμεσο κίνδυνο, επικοινωνήστε τώρα με τις τοπικές υπηρεσίες έκτακτης ανάγκης.
       *[other] Αν βρίσκεστε σε άμεσο κίνδυνο, καλέστε τώρα το { $emergency }.
    }

support-closing = Μπορεί επίσης να βοηθήσει να μιλήσετε με κάποιον που εμπιστεύεστε. Τόσο βαριά συναισθήματα μπορούν να ελαφρύνουν με στήριξη, και μπορείτε να συνεχίσετε να μιλάτε μαζί μου.

## The question asked when we do not know the person's country (the
## message then names only the directory: this is the one place that asks).
ask-country = Σε ποια χώρα βρίσκεστε; Έτσι θα μπορέσω να σας δείξω μια γραμμή βοήθειας στη χώρα σας.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at (the time, written the way this locale writes a
## time, or "none"), $opens_day (as in support-opens),
## and for summary-schedule: $schedule, $first, $last, $from, $to (see there).
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Κλήση { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Διαδικτυακή συνομιλία{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Δωρεάν{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Ανοιχτή 24/7
        [open] Ανοιχτή τώρα, έως τις { $closes_at }{ summary-schedule }
        [closed] Κλειστή τώρα, ανοίγει { summary-opens }{ summary-schedule }
       *[unknown] Δεν αναφέρεται ωράριο
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] στις { $opens_at }
        [tomorrow] αύριο στις { $opens_at }
        [mon] Δευ στις { $opens_at }
        [tue] Τρί στις { $opens_at }
        [wed] Τετ στις { $opens_at }
        [thu] Πέμ στις { $opens_at }
        [fri] Παρ στις { $opens_at }
        [sat] Σάβ στις { $opens_at }
        [sun] Κυρ στις { $opens_at }
       *[none] αργότερα
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(καθημερινά { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day } { $from }–{ $to })
        [day] {" "}({ summary-first-day } { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] Δευ
        [tue] Τρί
        [wed] Τετ
        [thu] Πέμ
        [fri] Παρ
        [sat] Σάβ
       *[sun] Κυρ
    }
summary-last-day =
    { $last ->
        [mon] Δευ
        [tue] Τρί
        [wed] Τετ
        [thu] Πέμ
        [fri] Παρ
        [sat] Σάβ
       *[sun] Κυρ
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = Προεπισκόπηση crisis-lookup
preview-heading = προεπισκόπηση
preview-skip = Μετάβαση στο περιεχόμενο
preview-protocol-link = Πώς η υπηρεσία αυτή παραπέμπει τους ανθρώπους σε βοήθεια
preview-intro = Για όσους συντηρούν και ενσωματώνουν την υπηρεσία: τι θα έδειχνε ένα chatbot, μόνο από το δημόσιο API. Μην επικολλάτε εδώ πραγματικές συνομιλίες.
preview-views = Προβολές
preview-tab-lookup = Αναζήτηση
preview-tab-coverage = Κάλυψη
preview-tab-locales = Γλώσσες
preview-loading = Φόρτωση…

## The lookup form.
preview-message = Μήνυμα
preview-message-hint = Χρησιμοποιείται μόνο για τον εντοπισμό της γλώσσας.
preview-locale = Τοπικές ρυθμίσεις
preview-locale-none = — καμία —
preview-country = Χώρα
preview-country-unknown = — άγνωστη —
preview-topics = Θέματα
preview-topics-hint = Χωρισμένα με κόμμα, για παράδειγμα: { $examples }
preview-channels = Κανάλια
preview-channel-phone = Τηλέφωνο
preview-channel-sms = SMS
preview-channel-chat = Συνομιλία
preview-submit = Αναζήτηση
preview-error-vocabularies = Δεν ήταν δυνατή η φόρτωση των χωρών ή των γλωσσών ({ $error }).
preview-error-lookup = Η αναζήτηση δεν ολοκληρώθηκε ({ $error }).

## The answer.
preview-chat-shows = Τι δείχνει η συνομιλία
preview-raw-json = Ακατέργαστο JSON
preview-meta-language = Γλώσσα: { $code } (από { $source })
preview-meta-country = Χώρα: { $code } (από { $source })
preview-meta-country-unknown = Χώρα: άγνωστη
preview-meta-locale = Τοπικές ρυθμίσεις: { $code }
preview-meta-lines = Γραμμές βοήθειας: { $count }
preview-international = Διεθνείς κατάλογοι

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = Έκτακτη ανάγκη:
preview-police = αστυνομία
preview-ambulance = ασθενοφόρο
preview-fire = πυροσβεστική
preview-open-now = Ανοιχτή τώρα
preview-closed-now = Κλειστή τώρα
preview-hours-unknown = Άγνωστο ωράριο
preview-action-call = Κλήση { $number }
preview-action-text = SMS { $number }
preview-action-chat = Συνομιλία
preview-action-website = Ιστότοπος
preview-fact-languages = Γλώσσες: { $list }
preview-fact-languages-none = Γλώσσες: δεν αναφέρονται
preview-fact-hours = Ωράριο: { $times }
preview-fact-checked = Επιβεβαιώθηκε με τον πάροχο: { $date }
preview-fact-newest-source = Πιο πρόσφατη πηγή: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = Πηγές: η σελίδα της ίδιας της γραμμής
preview-evidence-corroborated = Πηγές: δύο ανεξάρτητοι εκδότες
preview-evidence-single = Πηγές: μία μόνο καταχώριση
preview-evidence-conflict = Πηγές: διαφωνούν
preview-fact-country = Χώρα: { $code }

## The coverage tab.
preview-coverage-summary = Χώρες και εδάφη: { $total } · με γραμμές βοήθειας: { $covered } · μόνο με αριθμό έκτακτης ανάγκης: { $uncovered }.
preview-coverage-age = Γραμμές των οποίων η πιο πρόσφατη πηγή είναι παλαιότερη των 24 μηνών: { $stale } από { $total }.
preview-map-caption = Παγκόσμιος χάρτης κάλυψης
preview-map-line = Με γραμμή βοήθειας
preview-map-emergency = Μόνο αριθμός έκτακτης ανάγκης
preview-map-none = Εκτός δεδομένων
preview-coverage-legend = Οι επισημασμένες γραμμές του πίνακα έχουν μόνο αριθμό έκτακτης ανάγκης, χωρίς επιλεγμένη γραμμή βοήθειας.
preview-coverage-caption = Χώρες και εδάφη (ταξινόμηση με τα κουμπιά των στηλών)
preview-column-code = Κωδικός
preview-column-lines = Γραμμές βοήθειας
preview-column-languages = Γλώσσες
preview-column-emergency = Έκτακτη ανάγκη
preview-column-stale = Γραμμές με παλιές πηγές
preview-emergency-only = μόνο έκτακτη ανάγκη
preview-error-countries = Δεν ήταν δυνατή η φόρτωση των χωρών ({ $error }).

## The locales tab.
preview-locales-summary = Γλώσσες: { $total } · ελεγμένες από φυσικό ομιλητή: { $reviewed }.
preview-locales-caption = Διαθέσιμες γλώσσες και κατάσταση ελέγχου
preview-column-native-name = Όνομα στη γλώσσα
preview-column-direction = Κατεύθυνση
preview-column-review = Έλεγχος
preview-reviewed = Ελεγμένη
preview-not-reviewed = Μη ελεγμένη
preview-error-locales = Δεν ήταν δυνατή η φόρτωση των γλωσσών ({ $error }).
