import { View } from '@tarojs/components';
import { CATEGORY_LABELS, type Category } from '../types';
import './CategoryTiles.scss';

interface Props {
  categories: { category: Category; count: number }[];
  active?: Category;
  /** Tapping a tile filters the list to that category; tapping the active one clears it. */
  onPick: (category: Category | undefined) => void;
}

/** The community home's three numbers: how many current disclosures each category has. */
export default function CategoryTiles({ categories, active, onPick }: Props) {
  return (
    <View className='category-tiles'>
      {categories.map(({ category, count }) => (
        <View
          key={category}
          className={`category-tiles__tile category-tiles__tile--${category}${category === active ? ' category-tiles__tile--active' : ''}`}
          onClick={() => onPick(category === active ? undefined : category)}
        >
          <View className='category-tiles__count'>{count}</View>
          <View className='category-tiles__label'>{CATEGORY_LABELS[category]}公开</View>
        </View>
      ))}
    </View>
  );
}
