//! A small pool of read connections: SQLite connections are not shared across threads,
//! so each blocking task borrows one.

use dyad_store::Store;
use std::path::Path;
use std::sync::{Arc, Mutex};
use tokio::sync::Semaphore;

/// A fixed set of open stores and a semaphore counting the free ones.
#[derive(Clone)]
pub(crate) struct Pool {
    stores: Arc<Vec<Mutex<Store>>>,
    free: Arc<Semaphore>,
}

impl Pool {
    pub(crate) fn open(path: &Path, size: usize) -> Result<Pool, dyad_store::Error> {
        let size = size.max(1);
        let stores = (0..size)
            .map(|_| Store::open(path).map(Mutex::new))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Pool {
            stores: Arc::new(stores),
            free: Arc::new(Semaphore::new(size)),
        })
    }

    /// Runs `f` on a free store in a blocking thread.
    pub(crate) async fn run<T, F>(&self, f: F) -> Result<T, crate::AppError>
    where
        T: Send + 'static,
        F: FnOnce(&Store) -> Result<T, crate::AppError> + Send + 'static,
    {
        let permit = self
            .free
            .clone()
            .acquire_owned()
            .await
            .map_err(|e| crate::AppError::Internal(e.to_string()))?;
        let stores = self.stores.clone();
        tokio::task::spawn_blocking(move || {
            let _permit = permit;
            // A permit guarantees one store is free; find it.
            for slot in stores.iter() {
                if let Ok(store) = slot.try_lock() {
                    return f(&store);
                }
            }
            let store = stores[0]
                .lock()
                .map_err(|e| crate::AppError::Internal(e.to_string()))?;
            f(&store)
        })
        .await
        .map_err(|e| crate::AppError::Internal(e.to_string()))?
    }
}
