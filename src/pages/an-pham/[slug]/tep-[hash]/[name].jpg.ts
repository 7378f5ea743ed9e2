import { materialFileRoute } from '../../../../data/material-file-route';

export const { getStaticPaths, GET } = materialFileRoute('jpg');
