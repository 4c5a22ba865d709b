//! The optimizer of neural training.

use super::params::Params;

/// Adam (β1 0.9, β2 0.9 as Dozat & Manning) with gradient-norm clipping at 5.
pub(crate) struct Adam {
    m: Params,
    v: Params,
    t: i32,
    lr: f32,
}

impl Adam {
    pub(crate) fn new(shapes: &[(usize, usize)], lr: f32) -> Adam {
        Adam {
            m: Params::zeros(shapes),
            v: Params::zeros(shapes),
            t: 0,
            lr,
        }
    }

    pub(crate) fn step(&mut self, p: &mut Params, g: &mut Params) {
        const B1: f32 = 0.9;
        const B2: f32 = 0.9;
        let norm: f32 =
            g.t.iter()
                .flat_map(|t| &t.data)
                .map(|x| x * x)
                .sum::<f32>()
                .sqrt();
        let clip = if norm > 5.0 { 5.0 / norm } else { 1.0 };
        self.t += 1;
        let lr = self.lr * 0.75f32.powf(self.t as f32 / 5000.0);
        let c1 = 1.0 - B1.powi(self.t);
        let c2 = 1.0 - B2.powi(self.t);
        for (((pt, gt), mt), vt) in
            p.t.iter_mut()
                .zip(&g.t)
                .zip(&mut self.m.t)
                .zip(&mut self.v.t)
        {
            for (((x, gv), mv), vv) in pt
                .data
                .iter_mut()
                .zip(&gt.data)
                .zip(&mut mt.data)
                .zip(&mut vt.data)
            {
                let gv = gv * clip;
                *mv = B1 * *mv + (1.0 - B1) * gv;
                *vv = B2 * *vv + (1.0 - B2) * gv * gv;
                *x -= lr * (*mv / c1) / ((*vv / c2).sqrt() + 1e-8);
            }
        }
    }
}
