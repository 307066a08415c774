import { IconName } from '../icon/icons';

/** One entry of the side navigation. */
export interface NavItem {
  path: string;
  /** Translation key of the label. */
  labelKey: string;
  icon: IconName;
  /** Match the path exactly (for the home entry). */
  exact?: boolean;
}
