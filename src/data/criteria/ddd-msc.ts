import type { CriteriaSet } from '../criteria.js';

const NICE = 'NICE guideline NG59 and NHS Clinical Knowledge Summaries on low back pain';
const CLINIC = 'Typical candidate profile described by clinics offering cell therapy';
const TRIALS = 'Eligibility rules of controlled trials (IDCT phase I/II, Gornet 2024; NCT04530071; NCT04042844)';
const BATES = 'Bates et al., Future Science OA 2022 (9 people; a study without a control group)';

const caudaEquina =
  'Together with back pain, this can mean pressure on the nerves at the base of the spine (cauda equina syndrome), which needs treatment within hours.';
const seeDoctor = 'With back pain, this can point to a cause other than a worn disc that a doctor should check first.';
const spineInfection =
  'With back pain, this raises the chance of an infection in the spine, which a doctor should rule out first.';

/**
 * The built-in criteria for mesenchymal stem cell and disc cell therapy in degenerative disc
 * disease. Every criterion names where it comes from; none of them is a diagnosis.
 */
const set: CriteriaSet = {
  id: 'ddd-msc',
  title: 'Could cell therapy for a worn lumbar disc fit me?',
  redFlags: [
    {
      id: 'bladder-bowel',
      level: 'emergency',
      text: 'Have you recently had new trouble passing urine, or lost control of your bladder or bowel?',
      why: caudaEquina,
      source: NICE,
    },
    {
      id: 'saddle-numbness',
      level: 'emergency',
      text: 'Is there numbness around your genitals, your bottom or the inside of your thighs, or do you feel less than usual when you wipe after using the toilet?',
      why: caudaEquina,
      source: NICE,
    },
    {
      id: 'sexual-function',
      level: 'emergency',
      text: 'Have you noticed new problems with sexual function, such as less feeling in your genitals?',
      why: caudaEquina,
      source: NICE,
    },
    {
      id: 'legs-weakness',
      level: 'emergency',
      text: 'Do you have weakness or numbness in both legs, or leg weakness that is getting worse?',
      why: caudaEquina,
      source: NICE,
    },
    {
      id: 'fever',
      level: 'urgent',
      text: 'Do you have a fever, or feel generally unwell, along with the back pain?',
      why: seeDoctor,
      source: NICE,
    },
    {
      id: 'disc-infection',
      level: 'urgent',
      text: 'Have you been told you have an infection in a disc or in your spine (discitis) that is not yet cleared?',
      why: 'A spine infection needs treatment first, and an injection into the disc could spread it.',
      source: `${NICE}; ${CLINIC}`,
    },
    {
      id: 'recent-procedure-infection',
      level: 'urgent',
      text: 'In the last few months, have you had a procedure on your spine (such as an injection or an operation), or an infection somewhere else in your body?',
      why: spineInfection,
      source: NICE,
    },
    {
      id: 'injected-drugs',
      level: 'urgent',
      text: 'Do you inject drugs, or have you done so recently?',
      why: spineInfection,
      source: NICE,
    },
    { id: 'cancer-history', level: 'urgent', text: 'Have you ever had cancer?', why: seeDoctor, source: NICE },
    {
      id: 'weight-loss',
      level: 'urgent',
      text: 'Have you lost weight without trying to?',
      why: seeDoctor,
      source: NICE,
    },
    {
      id: 'trauma',
      level: 'urgent',
      text: 'Did the pain start after a bad fall, an accident or another serious injury?',
      why: seeDoctor,
      source: NICE,
    },
    {
      id: 'fracture-risk',
      level: 'urgent',
      text: 'Did the pain start after a minor fall or strain, and do you have osteoporosis or take steroid medicines long term?',
      why: 'With thin or fragile bones, even a small fall can break a bone in the spine.',
      source: NICE,
    },
    {
      id: 'age-at-onset',
      level: 'urgent',
      text: 'Did this back pain first start before you were 20 or after you were 55?',
      why: seeDoctor,
      source: NICE,
    },
    {
      id: 'night-pain',
      level: 'urgent',
      text: 'Is the pain there all the time, including at night when you lie still?',
      why: seeDoctor,
      source: NICE,
    },
    {
      id: 'steroids-immunity',
      level: 'urgent',
      text: 'Do you take steroid medicines, or has a doctor told you your immune system is weak?',
      why: seeDoctor,
      source: NICE,
    },
  ],
  requirements: [
    {
      id: 'mri-degeneration',
      fits: 'yes',
      text: 'Has an MRI scan shown wear in one or more discs of your lower back? If you know your Pfirrmann grade (a scale of disc wear): clinics list grades III to V, while trials have taken a middle range and usually left out discs that have collapsed. Answer "not sure" if you do not know.',
      why: 'The treatment is meant for discs that have worn; the scan shows whether yours have, and how far.',
      source: `${CLINIC}; ${TRIALS}`,
    },
    {
      id: 'six-months',
      fits: 'yes',
      text: 'Have you tried usual care for your back pain, such as physiotherapy, exercise or pain medicines, for at least 6 months, and still have the pain?',
      why: 'Trials and clinics only consider cell therapy once usual care has been tried for long enough to help.',
      source: `${CLINIC}; ${TRIALS}`,
    },
    {
      id: 'back-worse-than-leg',
      fits: 'yes',
      text: 'Is the pain in your back worse than any pain in your legs?',
      why: 'Pain mainly in the leg usually comes from a squeezed nerve, which this treatment does not address.',
      source: TRIALS,
    },
    {
      id: 'instability-compression',
      fits: 'no',
      text: 'Has a specialist told you your spine is unstable, or that a nerve is badly squeezed and may need an operation?',
      why: 'Those problems need their own treatment; an injection into the disc does not fix them.',
      source: `${CLINIC}; ${TRIALS}`,
    },
    {
      id: 'outpatient-fit',
      fits: 'yes',
      text: 'Are you well enough in general for a same-day injection procedure?',
      why: 'The injection is done as an outpatient, usually under local anaesthetic.',
      source: CLINIC,
    },
  ],
  exclusions: [
    {
      id: 'osteoporosis',
      text: 'Have you been told you have severe osteoporosis (thin, fragile bones)?',
      why: 'Clinics do not offer the procedure to people with severe osteoporosis.',
      source: CLINIC,
    },
    {
      id: 'modic-3',
      text: 'Has an MRI report mentioned "Modic type 3" changes?',
      why: 'Trials have left out people with these changes in the bone next to the disc.',
      source: TRIALS,
    },
    {
      id: 'prior-surgery',
      text: 'Have you had an operation on your lower back at the painful level?',
      why: 'Trials have left out people who had surgery at that level.',
      source: TRIALS,
    },
    {
      id: 'pregnancy',
      text: 'Are you pregnant?',
      why: 'Trials have left out pregnant women; the effects in pregnancy are not known.',
      source: TRIALS,
    },
    {
      id: 'active-cancer',
      text: 'Do you have cancer that is being treated now?',
      why: 'Trials have left out people with active cancer.',
      source: TRIALS,
    },
  ],
  predictors: [
    {
      id: 'modic-2-no-tear',
      favourable: 'yes',
      text: 'Does an MRI report mention "Modic type 2" changes, and no tear in the outer ring of the disc (an annular tear or fissure)?',
      why: 'In one study of 9 people, those with Modic type 2 changes together with no annular tear seemed to respond best. It is one tentative hint, not a rule.',
      source: BATES,
    },
  ],
};

export default set;
