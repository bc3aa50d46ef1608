### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).

## The ready-to-show message.
## Variables:
##   $line_state  open | closed | unknown (hours not known) | none (no line to name)
##   $line_name   the first line's name
##   $reach       call | text | chat | whatsapp | web: how to reach that line
##   $contact     the number or link, exactly as the dataset holds it
##   $opens_at    when a closed line opens again ("09:00"); "none" otherwise
##   $free        yes | unknown
##   $emergency   the country's emergency number, or "none" when not known
##   $country_known  yes | no
##   $directory   link of an international helpline directory

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Λυπάμαι πραγματικά που περνάτε κάτι τόσο δύσκολο, και χαίρομαι που το είπατε. Δεν χρειάζεται να το αντιμετωπίσετε χωρίς στήριξη.

support-body =
    { $line_state ->
        [open] Μπορείτε να επικοινωνήσετε αμέσως τώρα με τη γραμμή { $line_name }: { support-reach }.{ support-free }
        [closed] Η γραμμή { $line_name } είναι κλειστή αυτή τη στιγμή και ανοίγει ξανά στις { $opens_at }: { support-reach }.{ support-free }
        [unknown] Μπορείτε να επικοινωνήσετε με τη γραμμή { $line_name }: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] Στο { $directory } μπορείτε να βρείτε μια γραμμή βοήθειας κοντά σας.
           *[no] Αν μου πείτε σε ποια χώρα βρίσκεστε, μπορώ να βρω μια γραμμή βοήθειας κοντά σας. Μπορείτε επίσης να βρείτε μία στο { $directory }.
        }
    }

support-reach =
    { $reach ->
        [call] καλέστε στο { $contact }
        [text] στείλτε SMS στο { $contact }
        [chat] συνομιλήστε μέσω chat στο { $contact }
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

## The question asked when we do not know the person's country.
ask-country = Σε ποια χώρα βρίσκεστε; Έτσι θα μπορώ να σας δείξω μια γραμμή βοήθειας κοντά σας.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none"),
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
        [closed] Κλειστή τώρα, ανοίγει στις { $opens_at }{ summary-schedule }
       *[unknown] Δεν αναφέρεται ωράριο
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
preview-intro = Για όσους συντηρούν και ενσωματώνουν την υπηρεσία: τι θα έδειχνε ένα chatbot, μόνο από το δημόσιο API. Μην επικολλάτε εδώ πραγματικές συνομιλίες.
preview-views = Προβολές
preview-tab-lookup = Αναζήτηση
preview-tab-coverage = Κάλυψη
preview-tab-locales = Γλώσσες
preview-loading = Φόρτωση…
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
preview-chat-shows = Τι δείχνει η συνομιλία
preview-raw-json = Ακατέργαστο JSON
preview-meta-language = Γλώσσα: { $code } (από { $source })
preview-meta-country = Χώρα: { $code } (από { $source })
preview-meta-country-unknown = Χώρα: άγνωστη
preview-meta-locale = Τοπικές ρυθμίσεις: { $code }
preview-meta-lines = Γραμμές βοήθειας: { $count }
preview-international = Διεθνείς κατάλογοι
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
preview-fact-verified = Επαλήθευση: { $date }
preview-fact-evidence = Τεκμηρίωση: { $evidence }
preview-fact-country = Χώρα: { $code }
preview-coverage-summary = Χώρες και εδάφη: { $total } · με γραμμές βοήθειας: { $covered } · μόνο με αριθμό έκτακτης ανάγκης: { $uncovered }.
preview-coverage-pending = Διαβάζονται οι ημερομηνίες επαλήθευσης… απομένουν: { $count }.
preview-coverage-oldest = Παλαιότερη επαλήθευση γραμμής βοήθειας: { $date }.
preview-coverage-legend = Οι επισημασμένες γραμμές του πίνακα έχουν μόνο αριθμό έκτακτης ανάγκης, χωρίς επιλεγμένη γραμμή βοήθειας.
preview-coverage-caption = Χώρες και εδάφη (ταξινόμηση με τα κουμπιά των στηλών)
preview-column-code = Κωδικός
preview-column-lines = Γραμμές βοήθειας
preview-column-languages = Γλώσσες
preview-column-emergency = Έκτακτη ανάγκη
preview-column-verified = Παλαιότερη επαλήθευση
preview-emergency-only = μόνο έκτακτη ανάγκη
preview-error-countries = Δεν ήταν δυνατή η φόρτωση των χωρών ({ $error }).
preview-locales-summary = Γλώσσες: { $total } · ελεγμένες από φυσικό ομιλητή: { $reviewed }.
preview-locales-caption = Διαθέσιμες γλώσσες και κατάσταση ελέγχου
preview-column-native-name = Όνομα στη γλώσσα
preview-column-direction = Κατεύθυνση
preview-column-review = Έλεγχος
preview-reviewed = Ελεγμένη
preview-not-reviewed = Μη ελεγμένη
preview-error-locales = Δεν ήταν δυνατή η φόρτωση των γλωσσών ({ $error }).
