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

support-opening = 힘든 일을 겪고 계시다니 정말 마음이 아파요. 이야기해 주셔서 고마워요. 혼자 견디지 않으셔도 돼요.

support-body =
    { $line_state ->
        [open] 지금 바로 { $line_name }에 연락할 수 있어요. { support-reach }.{ support-free }
        [closed] 지금은 { $line_name } 운영 시간이 아니에요. { $opens_at }부터 다시 운영해요. { support-reach }.{ support-free }
        [unknown] { $line_name }에 연락할 수 있어요. { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] { $directory }에서 가까운 상담 전화를 찾을 수 있어요.
           *[no] 어느 나라에 계신지 알려 주시면 가까운 상담 전화를 찾아 드릴게요. { $directory }에서도 찾을 수 있어요.
        }
    }

support-reach =
    { $reach ->
        [call] { $contact }에 전화하세요
        [text] { $contact }에 문자를 보내세요
        [chat] { $contact }에서 채팅으로 상담하세요
        [whatsapp] WhatsApp으로 { $contact }에 메시지를 보내세요
       *[web] { $contact }에 접속하세요
    }

support-free =
    { $free ->
        [yes] {" "}무료예요.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] 지금 위험한 상황이라면 바로 지역 응급 서비스에 연락하세요.
       *[other] 지금 위험한 상황이라면 바로 { $emergency }에 전화하세요.
    }

support-closing = 믿을 수 있는 사람에게 이야기하는 것도 도움이 될 수 있어요. 이렇게 무거운 마음도 도움을 받으면 조금씩 가벼워질 수 있어요. 저와 계속 이야기하셔도 괜찮아요.

## The question asked when we do not know the person's country.
ask-country = 지금 어느 나라에 계신가요? 알려 주시면 가까운 상담 전화를 안내해 드릴게요.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none"),
## and for summary-schedule: $schedule, $first, $last, $from, $to (see there).
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] 전화 { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] 문자 { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] 온라인 채팅{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] 무료{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] 24시간 운영
        [open] 운영 중, { $closes_at }까지{ summary-schedule }
        [closed] 운영 시간 아님, { $opens_at }부터 운영{ summary-schedule }
       *[unknown] 운영 시간 정보 없음
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(매일 { $from }~{ $to })
        [days] {" "}({ summary-first-day }~{ summary-last-day } { $from }~{ $to })
        [day] {" "}({ summary-first-day }요일 { $from }~{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] 월
        [tue] 화
        [wed] 수
        [thu] 목
        [fri] 금
        [sat] 토
       *[sun] 일
    }
summary-last-day =
    { $last ->
        [mon] 월
        [tue] 화
        [wed] 수
        [thu] 목
        [fri] 금
        [sat] 토
       *[sun] 일
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = crisis-lookup 미리보기
preview-heading = 미리보기
preview-skip = 본문으로 건너뛰기
preview-intro = 유지 관리자와 연동 개발자용: 챗봇이 보여 줄 내용을 공개 API만으로 구성했습니다. 실제 대화를 여기에 붙여 넣지 마세요.
preview-views = 보기
preview-tab-lookup = 조회
preview-tab-coverage = 지원 범위
preview-tab-locales = 언어
preview-loading = 불러오는 중…
preview-message = 메시지
preview-message-hint = 언어를 판별하는 데만 사용합니다.
preview-locale = 로캘
preview-locale-none = — 없음 —
preview-country = 국가
preview-country-unknown = — 알 수 없음 —
preview-topics = 주제
preview-topics-hint = 쉼표로 구분, 예: { $examples }
preview-channels = 연락 방법
preview-channel-phone = 전화
preview-channel-sms = 문자
preview-channel-chat = 채팅
preview-submit = 조회
preview-error-vocabularies = 국가 또는 로캘을 불러오지 못했습니다({ $error }).
preview-error-lookup = 조회하지 못했습니다({ $error }).
preview-chat-shows = 채팅에 표시되는 내용
preview-raw-json = 원본 JSON
preview-meta-language = 언어: { $code } (판별 근거: { $source })
preview-meta-country = 국가: { $code } (판별 근거: { $source })
preview-meta-country-unknown = 국가: 알 수 없음
preview-meta-locale = 로캘: { $code }
preview-meta-lines = 상담 전화: { $count }
preview-international = 국제 상담처 목록
preview-emergency = 긴급 전화:
preview-police = 경찰
preview-ambulance = 구급
preview-fire = 소방
preview-open-now = 지금 운영 중
preview-closed-now = 지금 운영 시간 아님
preview-hours-unknown = 운영 시간 알 수 없음
preview-action-call = 전화 { $number }
preview-action-text = 문자 { $number }
preview-action-chat = 채팅
preview-action-website = 웹사이트
preview-fact-languages = 언어: { $list }
preview-fact-languages-none = 언어: 정보 없음
preview-fact-hours = 운영 시간: { $times }
preview-fact-verified = 확인일: { $date }
preview-fact-evidence = 근거: { $evidence }
preview-fact-country = 국가: { $code }
preview-coverage-summary = 국가 및 지역: { $total } · 상담 전화 있음: { $covered } · 긴급 전화만: { $uncovered }.
preview-coverage-pending = 확인 날짜를 읽는 중… 남은 수: { $count }.
preview-coverage-oldest = 상담 전화의 가장 오래된 확인일: { $date }.
preview-coverage-legend = 강조된 행에는 긴급 전화만 있고 선정된 상담 전화는 없습니다.
preview-coverage-caption = 국가 및 지역(열 버튼으로 정렬)
preview-column-code = 코드
preview-column-lines = 상담 전화
preview-column-languages = 언어
preview-column-emergency = 긴급 전화
preview-column-verified = 가장 오래된 확인일
preview-emergency-only = 긴급 전화만
preview-error-countries = 국가를 불러오지 못했습니다({ $error }).
preview-locales-summary = 언어: { $total } · 원어민 검토 완료: { $reviewed }.
preview-locales-caption = 포함된 언어와 검토 상태
preview-column-native-name = 고유 이름
preview-column-direction = 방향
preview-column-review = 검토
preview-reviewed = 검토 완료
preview-not-reviewed = 검토 전
preview-error-locales = 언어를 불러오지 못했습니다({ $error }).
