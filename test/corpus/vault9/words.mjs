// People, places, companies and money per country. All companies are fictional.
export const COUNTRIES = ['ZW', 'ZA', 'KE', 'NG', 'GB', 'US', 'IN', 'CA'];
export const P = {
  ZW: { name: 'Zimbabwe', cities: ['Harare', 'Bulawayo', 'Mutare', 'Gweru', 'Masvingo'], first: ['Tendai', 'Rutendo', 'Tatenda', 'Farai', 'Nyasha', 'Kudzai', 'Chipo', 'Tinashe', 'Tapiwa', 'Vimbai'], last: ['Moyo', 'Ncube', 'Chikwanha', 'Mutasa', 'Sibanda', 'Dube', 'Marufu', 'Zhou', 'Mhlanga', 'Gumbo'], cur: 'US$', cur2: 'ZWG', domains: ['gmail.com', 'yahoo.com', 'zol.co.zw', 'outlook.com'],
    companies: ['Msasa Mobile', 'Mukuvisi Insurance', 'Great Dyke Energy', 'Baobab Savings Bank'], street: ['Samora Machel Avenue', 'Jason Moyo Street', 'Borrowdale Road', 'Leopold Takawira Street'], post: 'Harare' },
  ZA: { name: 'South Africa', cities: ['Johannesburg', 'Cape Town', 'Durban', 'Pretoria', 'Gqeberha'], first: ['Thandi', 'Sipho', 'Lerato', 'Pieter', 'Anele', 'Zanele', 'Johan', 'Naledi', 'Bongani', 'Marike'], last: ['Nkosi', 'Dlamini', 'van der Merwe', 'Botha', 'Mokoena', 'Khumalo', 'Naidoo', 'Pillay', 'Ndlovu', 'Venter'], cur: 'R', cur2: 'ZAR', domains: ['gmail.com', 'mweb.co.za', 'webmail.co.za', 'icloud.com'],
    companies: ['Karoo Connect', 'Fynbos Insurance', 'Protea Home Loans', 'Highveld Power'], street: ['Loop Street', 'Jan Smuts Avenue', 'Florida Road', 'Rivonia Road'], post: '2196' },
  KE: { name: 'Kenya', cities: ['Nairobi', 'Mombasa', 'Kisumu', 'Nakuru', 'Eldoret'], first: ['Wanjiru', 'Otieno', 'Achieng', 'Kamau', 'Njeri', 'Kipchoge', 'Akinyi', 'Mwangi', 'Chebet', 'Wafula'], last: ['Kariuki', 'Odhiambo', 'Mutua', 'Kiprono', 'Wambui', 'Omondi', 'Njoroge', 'Mwende', 'Barasa', 'Cheruiyot'], cur: 'KSh', cur2: 'KES', domains: ['gmail.com', 'yahoo.com', 'africaonline.co.ke', 'outlook.com'],
    companies: ['Simba Telkom', 'Tausi Assurance', 'Rift Valley Power', 'Jambo Microfinance'], street: ['Kenyatta Avenue', 'Moi Avenue', 'Ngong Road', 'Waiyaki Way'], post: '00100' },
  NG: { name: 'Nigeria', cities: ['Lagos', 'Abuja', 'Ibadan', 'Port Harcourt', 'Kano'], first: ['Chinedu', 'Aisha', 'Tunde', 'Ngozi', 'Emeka', 'Funmilayo', 'Ibrahim', 'Chioma', 'Segun', 'Zainab'], last: ['Okafor', 'Adeyemi', 'Bello', 'Eze', 'Okonkwo', 'Balogun', 'Abubakar', 'Nwosu', 'Adebayo', 'Obi'], cur: '₦', cur2: 'NGN', domains: ['gmail.com', 'yahoo.com', 'outlook.com'],
    companies: ['Eko Wireless', 'Naija Shield Insurance', 'Lekki Power', 'Oduduwa Microfinance'], street: ['Awolowo Road', 'Adeola Odeku Street', 'Ahmadu Bello Way', 'Allen Avenue'], post: '101241' },
  GB: { name: 'UK', cities: ['London', 'Manchester', 'Leeds', 'Glasgow', 'Bristol'], first: ['Oliver', 'Amelia', 'Harry', 'Priya', 'George', 'Sophie', 'Callum', 'Niamh', 'Rhys', 'Chloe'], last: ['Smith', 'Patel', 'Jones', 'Taylor', 'Williams', 'Brown', 'Evans', 'Walsh', 'Hughes', 'Wright'], cur: '£', cur2: 'GBP', domains: ['gmail.com', 'btinternet.com', 'outlook.com', 'yahoo.co.uk'],
    companies: ['Thameside Broadband', 'Pennine Mutual', 'Heathland Energy', 'Greyfriars Lettings'], street: ['High Street', 'Station Road', 'Victoria Road', 'Church Lane'], post: 'LS1 4AP' },
  US: { name: 'US', cities: ['Chicago', 'Houston', 'Denver', 'Atlanta', 'Seattle'], first: ['Emily', 'Jacob', 'Madison', 'Ethan', 'Olivia', 'Marcus', 'Hannah', 'Tyler', 'Grace', 'Dylan'], last: ['Johnson', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Anderson', 'Thomas', 'Moore', 'Jackson'], cur: '$', cur2: 'USD', domains: ['gmail.com', 'yahoo.com', 'icloud.com', 'outlook.com', 'comcast.net'],
    companies: ['Lakeshore Wireless', 'Prairie Mutual', 'Bluebonnet Energy', 'Cascade Home Warranty'], street: ['Main Street', 'Oak Avenue', 'Maple Drive', 'Elm Street'], post: '60614' },
  IN: { name: 'India', cities: ['Mumbai', 'Bengaluru', 'Pune', 'Chennai', 'Delhi'], first: ['Aarav', 'Priya', 'Rohan', 'Ananya', 'Vikram', 'Sneha', 'Arjun', 'Kavya', 'Rahul', 'Meera'], last: ['Sharma', 'Iyer', 'Reddy', 'Gupta', 'Nair', 'Kulkarni', 'Menon', 'Singh', 'Desai', 'Rao'], cur: '₹', cur2: 'INR', domains: ['gmail.com', 'rediffmail.com', 'yahoo.co.in', 'outlook.com'],
    companies: ['Sahyadri Telecom', 'Ganga Life Assurance', 'Deccan Power', 'Kaveri Finance'], street: ['MG Road', 'Linking Road', 'Anna Salai', 'FC Road'], post: '411004' },
  CA: { name: 'Canada', cities: ['Toronto', 'Vancouver', 'Montreal', 'Calgary', 'Halifax'], first: ['Liam', 'Chloé', 'Noah', 'Émilie', 'Owen', 'Ava', 'Mathieu', 'Sarah', 'Ryan', 'Maya'], last: ['Tremblay', 'Roy', 'MacDonald', 'Gagnon', 'Wilson', 'Lee', 'Campbell', 'Côté', 'Martin', 'Singh'], cur: 'C$', cur2: 'CAD', domains: ['gmail.com', 'rogers.com', 'sympatico.ca', 'outlook.com'],
    companies: ['Northern Lights Mobile', 'Maple Leaf Mutual', 'Bow River Energy', 'Laurentian Home Insurance'], street: ['Yonge Street', 'Granville Street', 'Rue Sainte-Catherine', '17th Avenue SW'], post: 'M5V 2T6' },
};
export const AGENTS = ['Grace', 'Sam', 'Lindiwe', 'Brian', 'Fatima', 'Kevin', 'Nomsa', 'Daniel', 'Joy', 'Arun', 'Megan', 'Tafadzwa', 'Ifeoma', 'Pooja', 'Luc'];
export function person(r, cc) { const p = P[cc]; return { first: r.pick(p.first), last: r.pick(p.last) }; }
export function company(r, cc) { return r.pick(P[cc].companies); }
const AREAS = {
  ZA: { Johannesburg: [['Sandton', 'Rosebank', 'Braamfontein'], () => 2000], 'Cape Town': [['Woodstock', 'Sea Point', 'Claremont'], () => 7925], Durban: [['Berea', 'Umhlanga'], () => 4001], Pretoria: [['Hatfield', 'Menlyn'], () => 181] },
  IN: { Mumbai: [['Andheri East', 'Bandra West'], () => 400050], Pune: [['Koregaon Park', 'Kothrud'], () => 411001], Bengaluru: [['Indiranagar', 'Koramangala'], () => 560034], Chennai: [['T. Nagar', 'Adyar'], () => 600017] },
  NG: { Lagos: [['Ikoyi', 'Victoria Island', 'Ikeja'], () => 101233], Abuja: [['Wuse II', 'Maitama'], () => 900288] },
};
export function address(r, cc) {
  const p = P[cc]; const n = r.int(2, 180); const st = r.pick(p.street);
  if (AREAS[cc]) { const city = r.pick(Object.keys(AREAS[cc])); const [subs, pc] = AREAS[cc][city]; const code = String(pc() + r.int(0, 30)).padStart(4, '0');
    return cc === 'NG' ? `${n} ${st}, ${r.pick(subs)}, ${city}` : `${n} ${st}, ${r.pick(subs)}, ${city} ${code}`; }
  const extra = { ZW: `, ${r.pick(['Avondale', 'Belgravia', 'Eastlea', 'Milton Park'])}, Harare`, KE: `, ${r.pick(['Westlands', 'Upper Hill', 'Kilimani'])}, P.O. Box ${r.int(1000, 99999)}-00100, Nairobi`, GB: `, ${r.pick(['Manchester M1 2AB', 'Leeds LS1 4AP', 'Bristol BS1 5TR', 'Glasgow G2 8JD', 'London EC2A 4NE'])}`, US: `, Suite ${r.int(100, 900)}, ${r.pick(['Chicago, IL', 'Houston, TX', 'Denver, CO', 'Atlanta, GA', 'Seattle, WA'])} ${r.int(10000, 99999)}`, CA: `, ${r.pick(['Toronto, ON M5V 2T6', 'Vancouver, BC V6B 1A1', 'Montreal, QC H3B 4W8', 'Calgary, AB T2P 0R3'])}` }[cc];
  return `${n} ${st}${extra}`;
}
export function amount(r, cc, lo = 10, hi = 5000) {
  const p = P[cc]; const v = r.int(lo, hi); const c = r.int(0, 99);
  if (cc === 'ZA') return `R${v.toLocaleString('en-ZA').replace(/,/g, ' ')},${String(c).padStart(2, '0')}`;
  if (cc === 'KE') return `KSh ${(v * 10).toLocaleString('en-US')}`;
  if (cc === 'NG') return `₦${(v * 100).toLocaleString('en-US')}`;
  if (cc === 'IN') return `₹${(v * 10).toLocaleString('en-IN')}`;
  return `${p.cur}${v.toLocaleString('en-US')}.${String(c).padStart(2, '0')}`;
}
const MON = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export function date(r, style = 'long') {
  const d = r.int(1, 28), m = r.int(0, 11), y = r.pick([2025, 2026]);
  if (style === 'long') return `${d} ${MON[m]} ${y}`;
  if (style === 'us') return `${MON[m]} ${d}, ${y}`;
  if (style === 'iso') return `${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return `${String(d).padStart(2, '0')}/${String(m + 1).padStart(2, '0')}/${y}`;
}
export function time(r) { return `${String(r.int(7, 21)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}`; }
export const DOMAIN = { ZW: 'co.zw', ZA: 'co.za', KE: 'co.ke', NG: 'com.ng', GB: 'co.uk', US: 'com', IN: 'in', CA: 'ca' };
export function site(co, cc) { return `www.${co.toLowerCase().replace(/[^a-z]/g, '')}.${DOMAIN[cc]}`; }
export function brandDomain(co, cc) { return `${co.toLowerCase().replace(/[^a-z]/g, '')}.${DOMAIN[cc]}`; }
