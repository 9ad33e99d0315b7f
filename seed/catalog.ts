/**
 * The fixed parts of every generated network: UK areas with their towns, and the specialties partners
 * offer and seek. The first three areas are the sample community's.
 */
export interface AreaSeed {
  id: string;
  name: string;
  region: string;
  center: { latitude: number; longitude: number };
  towns: string[];
}

export const ukAreas: AreaSeed[] = [
  { id: 'birmingham', name: 'Birmingham & West Midlands', region: 'West Midlands', center: { latitude: 52.4862, longitude: -1.8904 }, towns: ['Birmingham', 'Solihull', 'Wolverhampton', 'Coventry', 'Walsall', 'Dudley', 'Sutton Coldfield', 'Redditch'] },
  { id: 'thames-valley', name: 'Basingstoke & Thames Valley', region: 'South East', center: { latitude: 51.2665, longitude: -1.0924 }, towns: ['Basingstoke', 'Reading', 'Newbury', 'Farnborough', 'Bracknell', 'Andover', 'Winchester', 'Wokingham'] },
  { id: 'london', name: 'London', region: 'London', center: { latitude: 51.5072, longitude: -0.1276 }, towns: ['Camden', 'Islington', 'Croydon', 'Hackney', 'Southwark', 'Ealing', 'Greenwich', 'Canary Wharf'] },
  { id: 'manchester', name: 'Greater Manchester', region: 'North West', center: { latitude: 53.4808, longitude: -2.2426 }, towns: ['Manchester', 'Salford', 'Stockport', 'Bolton', 'Oldham', 'Wigan', 'Trafford'] },
  { id: 'leeds', name: 'Leeds & West Yorkshire', region: 'Yorkshire', center: { latitude: 53.8008, longitude: -1.5491 }, towns: ['Leeds', 'Bradford', 'Wakefield', 'Huddersfield', 'Halifax', 'Harrogate'] },
  { id: 'bristol', name: 'Bristol & the South West', region: 'South West', center: { latitude: 51.4545, longitude: -2.5879 }, towns: ['Bristol', 'Bath', 'Weston-super-Mare', 'Gloucester', 'Swindon', 'Taunton'] },
  { id: 'edinburgh', name: 'Edinburgh & Lothians', region: 'Scotland', center: { latitude: 55.9533, longitude: -3.1883 }, towns: ['Edinburgh', 'Livingston', 'Musselburgh', 'Dalkeith'] },
  { id: 'glasgow', name: 'Glasgow & Clyde', region: 'Scotland', center: { latitude: 55.8642, longitude: -4.2518 }, towns: ['Glasgow', 'Paisley', 'East Kilbride', 'Clydebank', 'Hamilton'] },
  { id: 'cardiff', name: 'Cardiff & South Wales', region: 'Wales', center: { latitude: 51.4816, longitude: -3.1791 }, towns: ['Cardiff', 'Newport', 'Swansea', 'Bridgend', 'Barry'] },
  { id: 'newcastle', name: 'Newcastle & the North East', region: 'North East', center: { latitude: 54.9783, longitude: -1.6178 }, towns: ['Newcastle', 'Sunderland', 'Gateshead', 'Durham', 'Middlesbrough'] },
  { id: 'nottingham', name: 'Nottingham & East Midlands', region: 'East Midlands', center: { latitude: 52.9548, longitude: -1.1581 }, towns: ['Nottingham', 'Derby', 'Leicester', 'Loughborough', 'Mansfield'] },
  { id: 'cambridge', name: 'Cambridge & East Anglia', region: 'East of England', center: { latitude: 52.2053, longitude: 0.1218 }, towns: ['Cambridge', 'Norwich', 'Ipswich', 'Peterborough', 'Ely'] },
];

export interface SpecialtySeed {
  id: string;
  name: string;
  category: string;
  /** How common it is among partners, relative to the others. */
  weight: number;
}

export const specialties: SpecialtySeed[] = [
  { id: 'office-365', name: 'Office 365 migration', category: 'Microsoft 365', weight: 9 },
  { id: 'sharepoint', name: 'SharePoint and intranets', category: 'Microsoft 365', weight: 5 },
  { id: 'teams-voice', name: 'Teams telephony', category: 'Microsoft 365', weight: 4 },
  { id: 'intune', name: 'Intune device management', category: 'Microsoft 365', weight: 4 },
  { id: 'copilot', name: 'Copilot and AI adoption', category: 'Microsoft 365', weight: 2 },
  { id: 'azure', name: 'Azure infrastructure', category: 'Cloud', weight: 7 },
  { id: 'backup-dr', name: 'Backup and disaster recovery', category: 'Cloud', weight: 6 },
  { id: 'aws', name: 'AWS migration', category: 'Cloud', weight: 2 },
  { id: 'cyber-security', name: 'Cyber security', category: 'Security', weight: 7 },
  { id: 'cyber-essentials', name: 'Cyber Essentials certification', category: 'Security', weight: 3 },
  { id: 'gdpr', name: 'GDPR and compliance', category: 'Security', weight: 2 },
  { id: 'networking', name: 'Networking and Wi-Fi', category: 'Infrastructure', weight: 6 },
  { id: 'voip', name: 'VoIP and telephony', category: 'Infrastructure', weight: 4 },
  { id: 'hardware', name: 'Hardware procurement', category: 'Infrastructure', weight: 5 },
  { id: 'managed-print', name: 'Managed print', category: 'Infrastructure', weight: 2 },
  { id: 'dynamics', name: 'Dynamics 365 CRM', category: 'Business applications', weight: 2 },
  { id: 'power-bi', name: 'Power BI reporting', category: 'Business applications', weight: 3 },
  { id: 'web-development', name: 'Web development', category: 'Business applications', weight: 3 },
  { id: 'licensing', name: 'Licensing advice', category: 'Business applications', weight: 3 },
  { id: 'education', name: 'Education sector IT', category: 'Sectors', weight: 2 },
  { id: 'healthcare', name: 'Healthcare IT', category: 'Sectors', weight: 1 },
  { id: 'legal', name: 'Legal sector IT', category: 'Sectors', weight: 1 },
];

export const firstNames = [
  'Aisha', 'Alan', 'Amara', 'Andrew', 'Anita', 'Ben', 'Bethan', 'Callum', 'Chen', 'Chloe', 'Daniel', 'Deepa', 'Eilidh',
  'Emma', 'Fatima', 'Finn', 'Gareth', 'Grace', 'Hamza', 'Hannah', 'Imran', 'Isla', 'Jack', 'Jas', 'Joanne', 'Kate',
  'Kwame', 'Laura', 'Lee', 'Li', 'Mark', 'Megan', 'Mohammed', 'Niamh', 'Nikhil', 'Olivia', 'Owen', 'Paul', 'Rachel',
  'Raj', 'Rhys', 'Rosa', 'Ruth', 'Sam', 'Sarah', 'Simon', 'Sophie', 'Steve', 'Tariq', 'Tom', 'Una', 'Victoria', 'Wei',
  'Yusuf', 'Zara', 'Zoe', 'Ann', 'Declan', 'Priya', 'Graham',
];

export const surnames = [
  'Adams', 'Ahmed', 'Ali', 'Baker', 'Bennett', 'Brown', 'Campbell', 'Chen', 'Clarke', 'Davies', 'Edwards', 'Evans',
  'Fraser', 'Green', 'Griffiths', 'Hall', 'Harris', 'Hughes', 'Hussain', 'Jackson', 'James', 'Jones', 'Kaur', 'Khan',
  'Lewis', 'Lloyd', 'Macdonald', 'Martin', 'Mensah', 'Mitchell', 'Morgan', 'Murphy', 'Nowak', 'O\'Brien', 'Okafor',
  'Patel', 'Phillips', 'Price', 'Reid', 'Roberts', 'Robinson', 'Scott', 'Shah', 'Singh', 'Smith', 'Stewart', 'Taylor',
  'Thomas', 'Thompson', 'Walker', 'Watson', 'White', 'Williams', 'Wilson', 'Wood', 'Wright', 'Young', 'Zhang',
];

export const companyWords = [
  'Apex', 'Beacon', 'Bluebell', 'Bright', 'Cedar', 'Cobalt', 'Copperleaf', 'Foxglove', 'Granite', 'Harbour', 'Heron',
  'Kestrel', 'Keystone', 'Lark', 'Meadow', 'Northgate', 'Oakridge', 'Pennine', 'Quay', 'Redkite', 'Riverside',
  'Silverline', 'Skylark', 'Stonebridge', 'Thistle', 'Unity', 'Vale', 'Westmark', 'Willow', 'Wren',
];

export const companySuffixes = ['IT', 'Systems', 'Technology', 'Digital', 'Networks', 'Consulting', 'Cloud', 'IT Services', 'Solutions'];
