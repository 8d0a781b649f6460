import type { Random } from '../runtime/random.js';

// Family names weighted roughly by their share of the population.
const FAMILY: readonly (readonly [string, number])[] = [
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 9],
  ['Phạm', 7],
  ['Hoàng', 5],
  ['Vũ', 4],
  ['Đỗ', 3],
  ['Ngô', 3],
  ['Bùi', 3],
  ['Đặng', 2],
  ['Dương', 2],
  ['Đinh', 2],
  ['Phan', 2],
  ['Lý', 1],
  ['Trịnh', 1],
  ['Chu', 1],
];
const MIDDLE = {
  male: ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Công', 'Thành', 'Xuân'],
  female: ['Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Phương', 'Hồng', 'Minh'],
};
const GIVEN = {
  male: [
    'An',
    'Bình',
    'Cường',
    'Dũng',
    'Đạt',
    'Hải',
    'Hùng',
    'Huy',
    'Khánh',
    'Long',
    'Nam',
    'Phong',
    'Quân',
    'Sơn',
    'Thắng',
    'Toàn',
    'Tuấn',
    'Việt',
  ],
  female: [
    'Anh',
    'Chi',
    'Dung',
    'Hà',
    'Hạnh',
    'Hằng',
    'Hoa',
    'Hương',
    'Lan',
    'Linh',
    'Mai',
    'Ngân',
    'Nhung',
    'Thảo',
    'Trang',
    'Vân',
    'Yến',
  ],
};

/** A realistic Vietnamese full name: family, one middle name, given name. */
export function randomName(random: Random): string {
  const sex = random.chance(0.5) ? 'male' : 'female';
  return `${random.weighted(FAMILY)} ${random.pick(MIDDLE[sex])} ${random.pick(GIVEN[sex])}`;
}
