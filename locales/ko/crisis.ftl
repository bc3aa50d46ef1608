### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).

## The ready-to-show message. Variables: see locales/en/crisis.ftl.
## 해요체, polite and warm. [text]: $line_name is a Korean name ("자살예방상담전화
## 109"), followed only by 에 (same after any sound) or by a noun. [label]: it
## may be in another language, so it stands after "상담 창구:" with no
## particle. No particle ever follows $contact or a URL: they stand after ":".
## $opens_at arrives as CLDR writes it for ko ("오전 9:00").

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = 힘든 일을 겪고 계시다니 정말 마음이 아파요. 이야기해 주셔서 고마워요. 혼자 견디지 않으셔도 돼요.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] 지금 바로 { $line_name }에 연락할 수 있어요. { support-reach }.{ support-free }
               *[label] 지금 바로 연락할 수 있는 곳이 있어요. 상담 창구: { $line_name }. { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] 지금은 { $line_name } 운영 시간이 아니에요. { support-opens } 다시 연락할 수 있어요. { support-reach }.{ support-free }
               *[label] 안내해 드릴 상담 창구는 지금 운영 시간이 아니에요. { support-opens } 다시 연락할 수 있어요. 상담 창구: { $line_name }. { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] { $line_name }에 연락할 수 있어요. { support-reach }.{ support-free }
               *[label] 연락할 수 있는 곳을 알려 드릴게요. 상담 창구: { $line_name }. { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] 지금 계신 나라의 상담 전화는 여기에서 찾을 수 있어요: { $directory }.
               *[no] 상담 전화는 여기에서도 찾을 수 있어요: { $directory }.
            }
    }

## When a closed line opens again: the day, then the time ("내일 오전 9:00부터").
support-opens =
    { $opens_day ->
        [today] 오늘 { $opens_at }부터
        [tomorrow] 내일 { $opens_at }부터
        [mon] 월요일 { $opens_at }부터
        [tue] 화요일 { $opens_at }부터
        [wed] 수요일 { $opens_at }부터
        [thu] 목요일 { $opens_at }부터
        [fri] 금요일 { $opens_at }부터
        [sat] 토요일 { $opens_at }부터
        [sun] 일요일 { $opens_at }부터
       *[none] 나중에
    }

support-reach =
    { $reach ->
        [call] 전화: { $contact }
        [text] 문자: { $contact }
        [chat] 채팅 상담: { $contact }
        [whatsapp] WhatsApp 메시지: { $contact }
       *[web] 웹사이트: { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}무료예요.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] 지금 위험한 상황이라면 바로 긴급 신고 번호로 전화하세요.
       *[other] 지금 위험한 상황이라면 바로 { $emergency }에 전화하세요.
    }

support-closing = 믿을 수 있는 사람에게 이야기해 보는 것도 힘이 될 수 있어요. 이렇게 무거운 마음도 도움을 받으면 조금씩 가벼워질 수 있어요. 저와 계속 이야기하셔도 괜찮아요.

## The question asked when we do not know the person's country; the message
## above then names only the directory.
ask-country = 지금 어느 나라에 계신가요? 알려 주시면 그 나라의 상담 전화를 안내해 드릴게요.

## One-line summary of a line. Variables: see locales/en/crisis.ftl.
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
        [closed] 운영 시간 외, { summary-opens } 재개{ summary-schedule }
       *[unknown] 운영 시간 정보 없음
    }

## When a closed line opens again, short ("내일 오전 9:00").
summary-opens =
    { $opens_day ->
        [today] 오늘 { $opens_at }
        [tomorrow] 내일 { $opens_at }
        [mon] 월요일 { $opens_at }
        [tue] 화요일 { $opens_at }
        [wed] 수요일 { $opens_at }
        [thu] 목요일 { $opens_at }
        [fri] 금요일 { $opens_at }
        [sat] 토요일 { $opens_at }
        [sun] 일요일 { $opens_at }
       *[none] 추후
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
preview-protocol-link = 이 서비스가 도움받을 곳을 안내하는 원칙
preview-intro = 유지 관리자와 연동 개발자용: 챗봇이 보여 줄 내용을 공개 API만으로 구성했습니다. 실제 대화를 여기에 붙여 넣지 마세요.
preview-views = 보기
preview-tab-lookup = 조회
preview-tab-coverage = 지원 범위
preview-tab-locales = 언어
preview-loading = 불러오는 중…

## The lookup form.
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

## The answer.
preview-chat-shows = 채팅에 표시되는 내용
preview-raw-json = 원본 JSON
preview-meta-language = 언어: { $code } (판별 근거: { $source })
preview-meta-country = 국가: { $code } (판별 근거: { $source })
preview-meta-country-unknown = 국가: 알 수 없음
preview-meta-locale = 로캘: { $code }
preview-meta-lines = 상담 전화: { $count }
preview-international = 국제 상담처 목록

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = 긴급 전화:
preview-police = 경찰
preview-ambulance = 구급
preview-fire = 소방
preview-open-now = 지금 운영 중
preview-closed-now = 지금 운영 시간 외
preview-hours-unknown = 운영 시간 알 수 없음
preview-action-call = 전화 { $number }
preview-action-text = 문자 { $number }
preview-action-chat = 채팅
preview-action-website = 웹사이트
preview-fact-languages = 언어: { $list }
preview-fact-languages-none = 언어: 정보 없음
preview-fact-hours = 운영 시간: { $times }
preview-fact-checked = 운영 기관에 확인한 날짜: { $date }
preview-fact-newest-source = 최신 출처: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = 근거: 상담 창구의 공식 페이지
preview-evidence-corroborated = 근거: 서로 독립된 출처 두 곳
preview-evidence-single = 근거: 목록 한 곳
preview-evidence-conflict = 근거: 출처 간 내용이 다름
preview-fact-country = 국가: { $code }

## The coverage tab.
preview-coverage-summary = 국가 및 지역: { $total } · 상담 전화 있음: { $covered } · 긴급 전화만: { $uncovered }.
preview-coverage-age = 최신 출처가 24개월보다 오래된 상담 전화: { $total }개 중 { $stale }개.
preview-map-caption = 지원 범위 세계 지도
preview-map-line = 상담 전화 있음
preview-map-emergency = 긴급 전화만
preview-map-none = 데이터에 없음
preview-coverage-legend = 강조된 행에는 긴급 전화만 있고 선정된 상담 전화는 없습니다.
preview-coverage-caption = 국가 및 지역(열 버튼으로 정렬)
preview-column-code = 코드
preview-column-lines = 상담 전화
preview-column-languages = 언어
preview-column-emergency = 긴급 전화
preview-column-stale = 출처가 오래된 상담 전화
preview-emergency-only = 긴급 전화만
preview-error-countries = 국가를 불러오지 못했습니다({ $error }).

## The locales tab.
preview-locales-summary = 언어: { $total } · 원어민 검토 완료: { $reviewed }.
preview-locales-caption = 포함된 언어와 검토 상태
preview-column-native-name = 원어 이름
preview-column-direction = 방향
preview-column-review = 검토
preview-reviewed = 검토 완료
preview-not-reviewed = 검토 전
preview-error-locales = 언어를 불러오지 못했습니다({ $error }).
