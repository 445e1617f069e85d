import type { DataSource } from 'typeorm';
import type { Clock } from '../../core/clock/clock';
import { BadUserInputError } from '../../core/graphql/errors';
import { requireImage } from '../source-domains/image-files';
import { resolveReferencedFile } from '../source-domains/referenced-files';
import { rowId } from '../source-domains/validation';
import type { StoredFilesService } from '../stored-files/stored-files.service';
import { Employee } from './employee.entity';
import { EmployeeProfilePhoto } from './profile-photo.entity';

/** Profile photos pushed by the HR service (issue 7): PNG or GIF only, kept as history for export snapshots. */
export class ProfilePhotosService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly storedFiles: StoredFilesService,
    private readonly clock: Clock,
  ) {}

  /**
   * Sets (or with `fileId` null removes) an employee's photo. Setting the photo the employee already
   * has changes nothing and returns the current entry, so the HR service may replay freely.
   */
  async setPhoto(companyId: string, employeeIdInput: string, fileIdInput: string | null | undefined): Promise<EmployeeProfilePhoto> {
    const employeeId = rowId(employeeIdInput, 'employeeId', 'employee');
    const manager = this.dataSource.manager;
    if (!(await manager.getRepository(Employee).existsBy({ companyId, id: employeeId }))) {
      throw new BadUserInputError(`employeeId: no employee ${employeeId} in your company.`, { field: 'employeeId' });
    }
    let fileId: string | null = null;
    let contentType: string | null = null;
    if (fileIdInput !== null && fileIdInput !== undefined) {
      const file = await resolveReferencedFile(this.storedFiles, manager, companyId, fileIdInput, 'fileId');
      contentType = await requireImage(this.storedFiles, file, 'fileId');
      fileId = file.id;
    }
    const photos = this.dataSource.getRepository(EmployeeProfilePhoto);
    const current = await photos.findOne({ where: { companyId, employeeId }, order: { setAt: 'DESC' } });
    if (current && current.fileId === fileId) return current;
    if (!current && fileId === null) {
      // Nothing to remove: report "no photo" without writing a history entry.
      return photos.create({ companyId, employeeId, fileId: null, contentType: null, setAt: this.clock.now() });
    }
    return photos.save(photos.create({ companyId, employeeId, fileId, contentType, setAt: this.clock.now() }));
  }
}
