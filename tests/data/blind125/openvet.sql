-- OpenVet -- veterinary practice management (clients = animal owners, animals, consultations, prescriptions,
-- laboratory analyses, vaccinations, invoices, payments, reminders, appointments, staff)
-- Upstream: github.com/openvet/openvet, DataBase/Structure_BASE_v10d.sql (MySQL Workbench forward-engineering script),
-- commit 7ec586ba0c4b9dd04dc549043e8ff5b6db27cadf (GPL-2.0, LICENSE at that commit).
-- Subset of 43 of the 81 tables; the `OpenVet10d`. schema prefix, DROP TABLE / IF NOT EXISTS and the
-- AUTO_INCREMENT start values removed; foreign keys to tables left out dropped: Pathologie->PathologieDomaine, ResultatAnalyse->Parametres.

CREATE TABLE `Especes` (
  `idEspeces` INT NOT NULL AUTO_INCREMENT ,
  `Espece` VARCHAR(60) NULL ,
  PRIMARY KEY (`idEspeces`) )
ENGINE = InnoDB;

CREATE TABLE `Race` (
  `idRace` INT NOT NULL AUTO_INCREMENT ,
  `Race` VARCHAR(50) NULL ,
  `Especes_idEspeces` INT NOT NULL ,
  INDEX `fk_Races_Especes1_idx` (`Especes_idEspeces` ASC) ,
  PRIMARY KEY (`idRace`) ,
  CONSTRAINT `fk_Races_Especes1`
    FOREIGN KEY (`Especes_idEspeces` )
    REFERENCES `Especes` (`idEspeces` )
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE `Animal` (
  `idAnimal` INT NOT NULL AUTO_INCREMENT ,
  `Animal_idPere` INT NULL ,
  `Animal_idMere` INT NULL ,
  `Nom` VARCHAR(45) NULL DEFAULT NULL ,
  `Especes_idEspeces` INT NOT NULL ,
  `Race_idRace` INT NOT NULL ,
  `Race2_idRace` INT NULL ,
  `Robe` VARCHAR(45) NULL DEFAULT NULL ,
  `Sexe` CHAR(1) NOT NULL ,
  `Naissance` DATE NOT NULL ,
  `Sterilise` TINYINT(1) NULL DEFAULT 0 ,
  `Identification` VARCHAR(14) NULL DEFAULT NULL ,
  `Remarque` VARCHAR(200) NULL DEFAULT NULL ,
  PRIMARY KEY (`idAnimal`) ,
  UNIQUE INDEX `idAnimal_UNIQUE` (`idAnimal` ASC) ,
  UNIQUE INDEX `identification_UNIQUE` (`Identification` ASC) ,
  INDEX `fk_Animal_Especes1_idx` (`Especes_idEspeces` ASC) ,
  INDEX `fk_Animal_Race1_idx` (`Race_idRace` ASC) ,
  INDEX `fk_Animal_Race2_idx` (`Race2_idRace` ASC) ,
  INDEX `fk_Animal_1_idx` (`Animal_idPere` ASC) ,
  INDEX `fk_Animal_Mere_idx` (`Animal_idMere` ASC) ,
  CONSTRAINT `fk_Animal_Especes1`
    FOREIGN KEY (`Especes_idEspeces` )
    REFERENCES `Especes` (`idEspeces` )
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_Animal_Race1`
    FOREIGN KEY (`Race_idRace` )
    REFERENCES `Race` (`idRace` )
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_Animal_Race2`
    FOREIGN KEY (`Race2_idRace` )
    REFERENCES `Race` (`idRace` )
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_Animal_Pere`
    FOREIGN KEY (`Animal_idPere` )
    REFERENCES `Animal` (`idAnimal` )
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_Animal_Mere`
    FOREIGN KEY (`Animal_idMere` )
    REFERENCES `Animal` (`idAnimal` )
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE `Consultation` (
  `idConsultation` INT NOT NULL AUTO_INCREMENT ,
  `Animal_idAnimal` INT NOT NULL ,
  `DateConsultation` DATETIME NULL DEFAULT NULL ,
  `Veterinaires_idVeterinaires` INT NOT NULL ,
  `Examen` TEXT NULL DEFAULT NULL ,
  `Traitement` TEXT NULL DEFAULT NULL ,
  INDEX `fk_Consultation_Animal1_idx` (`Animal_idAnimal` ASC) ,
  PRIMARY KEY (`idConsultation`) ,
  CONSTRAINT `fk_Consultation_Animal1`
    FOREIGN KEY (`Animal_idAnimal` )
    REFERENCES `Animal` (`idAnimal` )
    ON DELETE CASCADE
    ON UPDATE NO ACTION)
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE `TypeAnalyse` (
  `idTypeAnalyse` INT NOT NULL AUTO_INCREMENT ,
  `Libele` VARCHAR(45) NULL ,
  `Remarque` VARCHAR(200) NULL ,
  PRIMARY KEY (`idTypeAnalyse`) ,
  UNIQUE INDEX `Libele_UNIQUE` (`Libele` ASC) )
ENGINE = InnoDB;

CREATE TABLE `Analyse` (
  `idAnalyse` INT(11) NOT NULL AUTO_INCREMENT ,
  `Consultation_idConsultation` INT NOT NULL ,
  `TypeAnalyse_idTypeAnalyse` INT NOT NULL ,
  `DateHeure` DATETIME NULL ,
  `DescriptionAnalyse` VARCHAR(80) NULL DEFAULT NULL COMMENT 'ex: echocardio, radio bassin, electrophorèse proteines\n' ,
  `Prelevement` VARCHAR(80) NULL ,
  `SyntheseAnalyse` TINYTEXT NULL ,
  `Conclusions` TINYTEXT NULL ,
  INDEX `fk_Analyse_Consultation1_idx` (`Consultation_idConsultation` ASC) ,
  INDEX `fk_Analyse_AnalysesTypes1_idx` (`TypeAnalyse_idTypeAnalyse` ASC) ,
  PRIMARY KEY (`idAnalyse`) ,
  CONSTRAINT `fk_Analyse_Consultation`
    FOREIGN KEY (`Consultation_idConsultation` )
    REFERENCES `Consultation` (`idConsultation` )
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_Analyse_TypeAnalyse`
    FOREIGN KEY (`TypeAnalyse_idTypeAnalyse` )
    REFERENCES `TypeAnalyse` (`idTypeAnalyse` )
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
DEFAULT CHARACTER SET = latin1;

CREATE TABLE `Civilite` (
  `idCivilite` INT NOT NULL AUTO_INCREMENT ,
  `Civilite` VARCHAR(30) NOT NULL ,
  `CiviliteAbrev` VARCHAR(10) NOT NULL ,
  PRIMARY KEY (`idCivilite`) ,
  UNIQUE INDEX `Civilite_UNIQUE` (`Civilite` ASC) ,
  UNIQUE INDEX `CivilitesAbrev_UNIQUE` (`CiviliteAbrev` ASC) )
ENGINE = InnoDB;

CREATE TABLE `Client` (
  `idClient` INT NOT NULL AUTO_INCREMENT ,
  `Civilite_idCivilite` INT NOT NULL ,
  `Nom` VARCHAR(60) CHARACTER SET 'latin1' NOT NULL ,
  `Prenom` VARCHAR(45) CHARACTER SET 'latin1' NULL ,
  `Remarque` VARCHAR(200) CHARACTER SET 'latin1' NULL DEFAULT NULL ,
  PRIMARY KEY (`idClient`) ,
  INDEX `fk_Client_Civilite_idx` (`Civilite_idCivilite` ASC) ,
  CONSTRAINT `fk_Client_Civilite`
    FOREIGN KEY (`Civilite_idCivilite` )
    REFERENCES `Civilite` (`idCivilite` )
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE `Facture` (
  `idFacture` INT(11) NOT NULL AUTO_INCREMENT ,
  `Client_idClient` INT(11) NOT NULL ,
  `Date` DATE NOT NULL ,
  `NumFacture` VARCHAR(20) NOT NULL ,
  `Reliquat` DECIMAL(6,2) NULL DEFAULT 0 ,
  `IsDevis` TINYINT(1) NULL DEFAULT FALSE ,
  `MontantHT` DECIMAL(6,2) NULL ,
  `MontantTTC` DECIMAL(6,2) NOT NULL ,
  `MontantTVA` DECIMAL(4,2) NULL ,
  `MontantRemises` DECIMAL(6,2) NULL DEFAULT 0 ,
  `IsRecouvrement` TINYINT(1) NULL DEFAULT FALSE ,
  `TotalRegle` DECIMAL(6,2) NULL COMMENT 'Est-ce nécessaire?\n' ,
  `Remarque` VARCHAR(200) NULL ,
  UNIQUE INDEX `idFactures_UNIQUE` (`idFacture` ASC) ,
  INDEX `fk_Factures_Client1_idx` (`Client_idClient` ASC) ,
  CONSTRAINT `fk_Factures_Client1`
    FOREIGN KEY (`Client_idClient` )
    REFERENCES `Client` (`idClient` )
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
DEFAULT CHARACTER SET = latin1
COMMENT = 'Conserver données client en dur?\n';

CREATE TABLE `CategoriePrestation` (
  `idCategoriePrestation` INT NOT NULL AUTO_INCREMENT ,
  `Designation` VARCHAR(80) NOT NULL ,
  `Abreviation` VARCHAR(5) NOT NULL ,
  PRIMARY KEY (`idCategoriePrestation`) ,
  UNIQUE INDEX `Designation_UNIQUE` (`Designation` ASC) ,
  UNIQUE INDEX `Abreviation_UNIQUE` (`Abreviation` ASC) )
ENGINE = InnoDB;

CREATE TABLE `LignesFacture` (
  `Facture_idFacture` INT NOT NULL ,
  `CategoriePrestation_idCategoriePrestation` INT NOT NULL ,
  `Date` DATE NOT NULL ,
  `Denomination` VARCHAR(60) NOT NULL ,
  `PrixUnitHT` DECIMAL(6,2) NOT NULL ,
  `TVA` DECIMAL(4,2) NOT NULL ,
  `PrixUnitTTC` DECIMAL(6,2) NOT NULL ,
  `Quantite` DECIMAL(6,2) NOT NULL ,
  `TauxRemise` DECIMAL(4,2) NULL ,
  `RemisesTTC` DECIMAL(6,2) NULL ,
  `PrixTotal` DECIMAL(6,2) NOT NULL ,
  `IsGratuit` TINYINT(1) NULL DEFAULT FALSE ,
  INDEX `fk_LignesFacture_Factures1_idx` (`Facture_idFacture` ASC) ,
  INDEX `fk_LignesFacture_1_idx` (`CategoriePrestation_idCategoriePrestation` ASC) ,
  CONSTRAINT `fk_LignesFacture_Factures1`
    FOREIGN KEY (`Facture_idFacture` )
    REFERENCES `Facture` (`idFacture` )
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_LignesFacture_Categories`
    FOREIGN KEY (`CategoriePrestation_idCategoriePrestation` )
    REFERENCES `CategoriePrestation` (`idCategoriePrestation` )
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
DEFAULT CHARACTER SET = latin1;

CREATE TABLE `Ordonnance` (
  `idOrdonnance` INT NOT NULL AUTO_INCREMENT ,
  `Consultation_idConsultation` INT NOT NULL ,
  PRIMARY KEY (`idOrdonnance`) ,
  INDEX `fk_Ordonnances_Consultation_idx` (`Consultation_idConsultation` ASC) ,
  CONSTRAINT `fk_Ordonnances_Consultation`
    FOREIGN KEY (`Consultation_idConsultation` )
    REFERENCES `Consultation` (`idConsultation` )
    ON DELETE CASCADE
    ON UPDATE NO ACTION)
ENGINE = InnoDB;

CREATE TABLE `LignesOrdonnance` (
  `idLigneOrdonnance` INT NOT NULL AUTO_INCREMENT ,
  `Ordonnance_idOrdonnance` INT NOT NULL ,
  `Medicament` VARCHAR(80) NULL DEFAULT NULL ,
  `Posologie` VARCHAR(255) NULL DEFAULT NULL ,
  `UnitesDelivre` DECIMAL(6,2) NULL DEFAULT NULL ,
  `UnitesPrescrites` DECIMAL(6,2) NULL ,
  `ImpressionLIgne` TINYINT(1) NULL DEFAULT True ,
  PRIMARY KEY (`idLigneOrdonnance`) ,
  INDEX `fk_LignesOrdonnances_Ordonnances_idx` (`Ordonnance_idOrdonnance` ASC) ,
  CONSTRAINT `fk_LignesOrdonnances_Ordonnances`
    FOREIGN KEY (`Ordonnance_idOrdonnance` )
    REFERENCES `Ordonnance` (`idOrdonnance` )
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
DEFAULT CHARACTER SET = latin1;

CREATE TABLE `Pathologie` (
  `idPathologie` INT NOT NULL AUTO_INCREMENT ,
  `PathologieDomaine_idPathologieDomaine` INT NOT NULL ,
  `NomReference` VARCHAR(60) NULL ,
  `Chronique` TINYINT(1) NULL ,
  `DescriptifPublic` TEXT NULL ,
  PRIMARY KEY (`idPathologie`) ,
  INDEX `fk_Pathologie_PathologieDomaines1_idx` (`PathologieDomaine_idPathologieDomaine` ASC) )
ENGINE = InnoDB;

CREATE TABLE `PlanTherapeutique` (
  `idPlanTherapeutique` INT NOT NULL AUTO_INCREMENT ,
  `Consultation_idConsultation` INT NOT NULL ,
  `Pathologie_idPathologie` INT NOT NULL ,
  `Stade` VARCHAR(60) NULL DEFAULT NULL ,
  `Traitements` TEXT NULL DEFAULT NULL ,
  `Remarques` TEXT NULL DEFAULT NULL ,
  `ProchainRDV` DATE NULL DEFAULT NULL COMMENT 'Au plus tard' ,
  INDEX `fk_PlanTherapeutique_Consultation1_idx` (`Consultation_idConsultation` ASC) ,
  PRIMARY KEY (`idPlanTherapeutique`) ,
  INDEX `fk_PlanTherapeutique_Pathologie_idx` (`Pathologie_idPathologie` ASC) ,
  CONSTRAINT `fk_PlanTherapeutique_Consultation1`
    FOREIGN KEY (`Consultation_idConsultation` )
    REFERENCES `Consultation` (`idConsultation` )
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_PlanTherapeutique_Pathologie`
    FOREIGN KEY (`Pathologie_idPathologie` )
    REFERENCES `Pathologie` (`idPathologie` )
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
DEFAULT CHARACTER SET = latin1;

CREATE TABLE `PoidsMesure` (
  `idPoidsMesure` INT NOT NULL AUTO_INCREMENT ,
  `Animal_idAnimal` INT(11) NOT NULL ,
  `Date` DATE NOT NULL ,
  `Poids` DECIMAL(3,1) NULL DEFAULT NULL ,
  `TailleGarrot` DECIMAL(4,1) NULL ,
  `TourThorax` DECIMAL(3,1) NULL ,
  `Photo` VARCHAR(80) NULL ,
  INDEX `fk_Poids_Animal1_idx` (`Animal_idAnimal` ASC) ,
  PRIMARY KEY (`idPoidsMesure`) ,
  CONSTRAINT `fk_Poids_Animal1`
    FOREIGN KEY (`Animal_idAnimal` )
    REFERENCES `Animal` (`idAnimal` )
    ON DELETE CASCADE
    ON UPDATE NO ACTION)
ENGINE = InnoDB
DEFAULT CHARACTER SET = latin1;

CREATE TABLE `ReglementDiffere` (
  `idReglementDiffere` INT NOT NULL AUTO_INCREMENT ,
  `Designation` VARCHAR(45) NULL ,
  PRIMARY KEY (`idReglementDiffere`) ,
  UNIQUE INDEX `Designation_UNIQUE` (`Designation` ASC) )
ENGINE = InnoDB;

CREATE TABLE `TypeReglement` (
  `idTypeReglement` INT NOT NULL AUTO_INCREMENT ,
  `Type` VARCHAR(45) NULL ,
  `AbrevType` VARCHAR(3) NOT NULL ,
  PRIMARY KEY (`idTypeReglement`) ,
  UNIQUE INDEX `AbrevType_UNIQUE` (`AbrevType` ASC) )
ENGINE = InnoDB;

CREATE TABLE `Reglement` (
  `idReglement` INT(11) NOT NULL AUTO_INCREMENT ,
  `Client_idClient` INT(11) NOT NULL ,
  `NomEncaissement` VARCHAR(80) NOT NULL ,
  `Date` DATE NOT NULL ,
  `Montant` DECIMAL(6,2) NOT NULL ,
  `TypeReglement_idTypeReglement` INT NOT NULL ,
  `ReglementDiffere_idReglementDiffere` INT NULL ,
  `EnBanque` TINYINT(1) NULL DEFAULT False ,
  UNIQUE INDEX `idReglements_UNIQUE` (`idReglement` ASC) ,
  INDEX `fk_Reglements_Client1_idx` (`Client_idClient` ASC) ,
  INDEX `fk_Reglements_ReglementDiffere_idx` (`ReglementDiffere_idReglementDiffere` ASC) ,
  INDEX `fk_Reglement_1_idx` (`TypeReglement_idTypeReglement` ASC) ,
  CONSTRAINT `fk_Reglements_Client1`
    FOREIGN KEY (`Client_idClient` )
    REFERENCES `Client` (`idClient` )
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_Reglements_ReglementDiffere`
    FOREIGN KEY (`ReglementDiffere_idReglementDiffere` )
    REFERENCES `ReglementDiffere` (`idReglementDiffere` )
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_Reglement_TypeReglement`
    FOREIGN KEY (`TypeReglement_idTypeReglement` )
    REFERENCES `TypeReglement` (`idTypeReglement` )
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
DEFAULT CHARACTER SET = latin1
COMMENT = 'TODO : éliminer enum';

CREATE TABLE `ModelRelance` (
  `idModelRelance` INT NOT NULL AUTO_INCREMENT ,
  `Text` TINYTEXT NULL ,
  PRIMARY KEY (`idModelRelance`) )
ENGINE = InnoDB;

CREATE TABLE `Relance` (
  `idRelance` INT NOT NULL AUTO_INCREMENT ,
  `Animal_idAnimal` INT NOT NULL ,
  `ModelRelance_idModelRelance` INT NOT NULL ,
  `Date` DATE NOT NULL ,
  `Type` VARCHAR(10) NOT NULL COMMENT 'TODO a definir\n' ,
  `Media` VARCHAR(10) NOT NULL COMMENT 'TODO a définir\n' ,
  INDEX `fk_Relances_Animal1_idx` (`Animal_idAnimal` ASC) ,
  INDEX `fk_Relances_1_idx` (`ModelRelance_idModelRelance` ASC) ,
  PRIMARY KEY (`idRelance`) ,
  CONSTRAINT `fk_Relances_Animal1`
    FOREIGN KEY (`Animal_idAnimal` )
    REFERENCES `Animal` (`idAnimal` )
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_Relances_ModelRelance`
    FOREIGN KEY (`ModelRelance_idModelRelance` )
    REFERENCES `ModelRelance` (`idModelRelance` )
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
DEFAULT CHARACTER SET = latin1;

CREATE TABLE `ListVaccins` (
  `idListVaccins` INT NOT NULL AUTO_INCREMENT ,
  `Nom` VARCHAR(45) NOT NULL ,
  `Especes_idEspeces` INT NOT NULL ,
  PRIMARY KEY (`idListVaccins`) ,
  INDEX `fk_ListVaccins_1_idx` (`Especes_idEspeces` ASC) ,
  CONSTRAINT `Especes`
    FOREIGN KEY (`Especes_idEspeces` )
    REFERENCES `Especes` (`idEspeces` )
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB;

CREATE TABLE `Pays` (
  `idPays` INT NOT NULL AUTO_INCREMENT ,
  `Nom` VARCHAR(60) NULL ,
  PRIMARY KEY (`idPays`) )
ENGINE = InnoDB;

CREATE TABLE `Commune` (
  `idCommune` INT NOT NULL AUTO_INCREMENT ,
  `Commune` VARCHAR(45) NOT NULL ,
  `CIP` VARCHAR(45) NOT NULL ,
  `Pays_idPays` INT NOT NULL ,
  PRIMARY KEY (`idCommune`) ,
  INDEX `fk_Commune_Pays_idx` (`Pays_idPays` ASC) ,
  CONSTRAINT `fk_Commune_Pays`
    FOREIGN KEY (`Pays_idPays` )
    REFERENCES `Pays` (`idPays` )
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE `TypeSociete` (
  `idTypeSociete` INT NOT NULL AUTO_INCREMENT ,
  `Nom` VARCHAR(45) NULL ,
  `IsVeterinaire` TINYINT(1) NULL DEFAULT True ,
  `IsNous` TINYINT(1) NOT NULL DEFAULT False ,
  PRIMARY KEY (`idTypeSociete`) )
ENGINE = InnoDB;

CREATE TABLE `Societe` (
  `idSociete` INT NOT NULL ,
  `TypeSociete_idTypeSociete` INT NOT NULL COMMENT 'TODO clinique, fournisseur' ,
  `Nom` VARCHAR(45) NULL ,
  `Raisonsociale` VARCHAR(45) NULL ,
  `Adresse` VARCHAR(120) NULL ,
  `Commune_idCommune` INT NOT NULL ,
  `Siret` VARCHAR(45) NULL ,
  `NTVA` VARCHAR(45) NULL ,
  `CodeNAF` VARCHAR(45) NULL DEFAULT NULL ,
  PRIMARY KEY (`idSociete`) ,
  INDEX `fk_Clinique_Commune_idx` (`Commune_idCommune` ASC) ,
  INDEX `fk_Societes_1_idx` (`TypeSociete_idTypeSociete` ASC) ,
  CONSTRAINT `fk_Clinique_Commune`
    FOREIGN KEY (`Commune_idCommune` )
    REFERENCES `Commune` (`idCommune` )
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_Societes_TypeSociete`
    FOREIGN KEY (`TypeSociete_idTypeSociete` )
    REFERENCES `TypeSociete` (`idTypeSociete` )
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB;

CREATE TABLE `Vaccin` (
  `idVaccin` INT NOT NULL AUTO_INCREMENT ,
  `Animal_idAnimal` INT(11) NOT NULL ,
  `Date` DATE NOT NULL ,
  `ListVaccins_idListVaccins` INT NOT NULL ,
  `Relance` DATE NULL DEFAULT NULL ,
  `Societe_idSociete` INT NULL ,
  `N°Lot` VARCHAR(15) NULL ,
  INDEX `fk_Vaccins_Animal1_idx` (`Animal_idAnimal` ASC) ,
  PRIMARY KEY (`idVaccin`) ,
  INDEX `fk_Vaccins_1_idx` (`ListVaccins_idListVaccins` ASC) ,
  INDEX `fk_Vaccins_Societe_idx` (`Societe_idSociete` ASC) ,
  CONSTRAINT `fk_Vaccins_Animal1`
    FOREIGN KEY (`Animal_idAnimal` )
    REFERENCES `Animal` (`idAnimal` )
    ON DELETE CASCADE
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_Vaccins_ListVaccins`
    FOREIGN KEY (`ListVaccins_idListVaccins` )
    REFERENCES `ListVaccins` (`idListVaccins` )
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_Vaccins_Societe`
    FOREIGN KEY (`Societe_idSociete` )
    REFERENCES `Societe` (`idSociete` )
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE `ResultatAnalyse` (
  `idResultatAnalyse` INT NOT NULL AUTO_INCREMENT ,
  `Analyse_idAnalyse` INT NOT NULL ,
  `Parametres_idParametres` INT NULL ,
  `Valeur` DECIMAL(8,2) NULL ,
  `Image` VARCHAR(80) NULL COMMENT 'fichier image jpg,png,dicom' ,
  `TitreImage` VARCHAR(120) NULL ,
  `Description` TINYTEXT NULL ,
  `FichierExterne` VARCHAR(80) NULL COMMENT 'Scan de CR papier' ,
  `Remarque` VARCHAR(200) NULL ,
  PRIMARY KEY (`idResultatAnalyse`) ,
  INDEX `fk_ResutatQant_ParametresQuant1_idx` (`Parametres_idParametres` ASC) )
ENGINE = InnoDB;

CREATE TABLE `Chirurgie` (
  `idChirurgie` INT NOT NULL AUTO_INCREMENT ,
  `Consultation_idConsultation` INT NOT NULL ,
  `Description` VARCHAR(200) NULL ,
  `Anesthesie` VARCHAR(200) NULL ,
  `Commentaire` TEXT NULL ,
  `TraitementPerop` VARCHAR(45) NULL ,
  `CompteRendu` VARCHAR(45) NULL COMMENT 'Lien Fichier\n' ,
  PRIMARY KEY (`idChirurgie`) ,
  INDEX `fk_Chirurgie_1_idx` (`Consultation_idConsultation` ASC) ,
  CONSTRAINT `fk_Chirurgie_Consultation`
    FOREIGN KEY (`Consultation_idConsultation` )
    REFERENCES `Consultation` (`idConsultation` )
    ON DELETE CASCADE
    ON UPDATE NO ACTION)
ENGINE = InnoDB;

CREATE TABLE `ClientAnimalRef` (
  `idClientAnimalRef` INT NOT NULL AUTO_INCREMENT ,
  `Client_idClient` INT NOT NULL ,
  `Animal_idAnimal` INT NOT NULL ,
  `DebutPropriete` DATE NOT NULL ,
  `FinPropriete` DATE NULL ,
  `PourcentagePropriete` DECIMAL(4,2) NULL ,
  PRIMARY KEY (`idClientAnimalRef`) ,
  INDEX `fk_ClientAnimalRef_Client_idx` (`Client_idClient` ASC) ,
  INDEX `fk_ClientAnimalRef_Animal_idx` (`Animal_idAnimal` ASC) ,
  CONSTRAINT `fk_ClientAnimalRef_Client`
    FOREIGN KEY (`Client_idClient` )
    REFERENCES `Client` (`idClient` )
    ON DELETE CASCADE
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_ClientAnimalRef_Animal`
    FOREIGN KEY (`Animal_idAnimal` )
    REFERENCES `Animal` (`idAnimal` )
    ON DELETE CASCADE
    ON UPDATE NO ACTION)
ENGINE = InnoDB;

CREATE TABLE `ComptebancaireClient` (
  `idCompte bancaire` INT NOT NULL AUTO_INCREMENT ,
  `Client_idClient` INT NOT NULL ,
  `NCompte` VARCHAR(45) NULL ,
  `BanqueNom` VARCHAR(45) NULL ,
  `Adresse` VARCHAR(120) NULL ,
  `Commune_idCommune` INT NULL ,
  PRIMARY KEY (`idCompte bancaire`) ,
  INDEX `fk_ComptebancaireClient_Client_idx` (`Client_idClient` ASC) ,
  INDEX `fk_ComptebancaireClient_Commune_idx` (`Commune_idCommune` ASC) ,
  CONSTRAINT `fk_ComptebancaireClient_Client`
    FOREIGN KEY (`Client_idClient` )
    REFERENCES `Client` (`idClient` )
    ON DELETE CASCADE
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_ComptebancaireClient_Commune`
    FOREIGN KEY (`Commune_idCommune` )
    REFERENCES `Commune` (`idCommune` )
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB;

CREATE TABLE `Repertoire` (
  `idRepertoire` INT NOT NULL AUTO_INCREMENT ,
  `RefTable` VARCHAR(45) NOT NULL COMMENT 'Client, Collaborateur, Societe,ComptebancaireClient\nMettre un INT pour meileurs cle' ,
  `id` INT NULL ,
  `Telephone` VARCHAR(12) NULL ,
  `Email` VARCHAR(30) NULL ,
  `Remarque` VARCHAR(200) NULL ,
  `IsPrincipal` TINYINT(1) NULL ,
  `IsRelance` VARCHAR(45) NULL COMMENT 'Valide pour relances\n' ,
  PRIMARY KEY (`idRepertoire`) )
ENGINE = InnoDB
COMMENT = 'Trigger sur table parente pour supprimer enregistrements';

CREATE TABLE `TypeCollaborateur` (
  `idTypeCollaborateur` INT NOT NULL AUTO_INCREMENT ,
  `Nom` VARCHAR(45) NULL ,
  `IsVeterinaire` TINYINT(1) NULL DEFAULT TRUE ,
  `IsSalarie` TINYINT(1) NULL ,
  PRIMARY KEY (`idTypeCollaborateur`) )
ENGINE = InnoDB;

CREATE TABLE `Collaborateur` (
  `idCollaborateur` INT NOT NULL AUTO_INCREMENT ,
  `TypeCollaborateur_idTypeCollaborateur` INT NOT NULL COMMENT 'TODO definir\n' ,
  `Societe_idSociete` INT NOT NULL COMMENT 'Nom de compagnie pour fournisseurs\n' ,
  `Civilite_idCivilite` INT NOT NULL ,
  `Nom` VARCHAR(45) NULL ,
  `NomMarital` VARCHAR(45) NULL ,
  `Prenom` VARCHAR(45) NULL ,
  `AutresPrénoms` VARCHAR(120) NULL ,
  `Adresse` VARCHAR(120) NULL ,
  `Commune_idCommune` INT NULL ,
  `NSS` VARCHAR(15) NULL COMMENT 'Sal' ,
  `DateEntree` DATE NULL ,
  `FinContrat` DATE NULL COMMENT 'Sal' ,
  `DateNaissance` DATE NULL ,
  `LieuNaissance` VARCHAR(45) NULL ,
  `Emploi` VARCHAR(45) NULL COMMENT 'Sal' ,
  `Echellon` VARCHAR(12) NULL COMMENT 'Sal' ,
  `Coefficient` DECIMAL(4,2) NULL COMMENT 'Sal\n' ,
  `SalaireHoraire` DECIMAL(4,2) NULL COMMENT 'Sal\n' ,
  `ConventionCollective` VARCHAR(8) NULL COMMENT 'Sal\n' ,
  `Cadre` TINYINT(1) NULL DEFAULT False COMMENT 'Sal\n' ,
  `Temporaire` TINYINT(1) NULL DEFAULT False COMMENT 'Sal\n' ,
  `Specialite` VARCHAR(45) NULL COMMENT 'Vet' ,
  `N°Ordre` VARCHAR(8) NULL COMMENT 'Vet' ,
  `N°URSSAF` VARCHAR(15) NULL ,
  `N°CARPV` VARCHAR(15) NULL ,
  `PartSociales` DECIMAL(4,2) NULL ,
  `Remarque` VARCHAR(200) NULL ,
  PRIMARY KEY (`idCollaborateur`) ,
  UNIQUE INDEX `N°URSSAF_UNIQUE` (`N°URSSAF` ASC) ,
  UNIQUE INDEX `N°CARPV_UNIQUE` (`N°CARPV` ASC) ,
  UNIQUE INDEX `N°Ordre_UNIQUE` (`N°Ordre` ASC) ,
  INDEX `fk_Collaborateurs_Commune_idx` (`Commune_idCommune` ASC) ,
  INDEX `fk_Collaborateurs_Societe_idx` (`Societe_idSociete` ASC) ,
  INDEX `fk_Collaborateurs_TypeCollaborateur_idx` (`TypeCollaborateur_idTypeCollaborateur` ASC) ,
  INDEX `fk_Collaborateurs_Civilite_idx` (`Civilite_idCivilite` ASC) ,
  CONSTRAINT `fk_Collaborateurs_Commune`
    FOREIGN KEY (`Commune_idCommune` )
    REFERENCES `Commune` (`idCommune` )
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_Collaborateurs_Societe`
    FOREIGN KEY (`Societe_idSociete` )
    REFERENCES `Societe` (`idSociete` )
    ON DELETE CASCADE
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_Collaborateurs_TypeCollaborateur`
    FOREIGN KEY (`TypeCollaborateur_idTypeCollaborateur` )
    REFERENCES `TypeCollaborateur` (`idTypeCollaborateur` )
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_Collaborateurs_Civilite`
    FOREIGN KEY (`Civilite_idCivilite` )
    REFERENCES `Civilite` (`idCivilite` )
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB;

CREATE TABLE `RemiseClient` (
  `idRemiseClient` INT NOT NULL AUTO_INCREMENT ,
  `Client_idClient` INT NOT NULL ,
  `Designation` VARCHAR(120) NULL ,
  `Montant%` INT NULL ,
  PRIMARY KEY (`idRemiseClient`) ,
  INDEX `fk_Remises_Client_idx` (`Client_idClient` ASC) ,
  CONSTRAINT `fk_Remises_Client`
    FOREIGN KEY (`Client_idClient` )
    REFERENCES `Client` (`idClient` )
    ON DELETE CASCADE
    ON UPDATE NO ACTION)
ENGINE = InnoDB;

CREATE TABLE `RelanceFacture` (
  `idRelanceFacture` INT NOT NULL AUTO_INCREMENT ,
  `Client_idClient` INT NOT NULL ,
  `Date` DATE NULL ,
  `NiveauRelance` VARCHAR(45) NULL ,
  `MontantPrincipal` DECIMAL(6,2) NULL ,
  `MontantFrais` DECIMAL(6,2) NULL ,
  PRIMARY KEY (`idRelanceFacture`) ,
  INDEX `fk_Relances_Client_idx` (`Client_idClient` ASC) ,
  CONSTRAINT `fk_Relances_Client`
    FOREIGN KEY (`Client_idClient` )
    REFERENCES `Client` (`idClient` )
    ON DELETE CASCADE
    ON UPDATE NO ACTION)
ENGINE = InnoDB;

CREATE TABLE `Incineration` (
  `idIncineration` INT NOT NULL AUTO_INCREMENT ,
  `Animal_idAnimal` INT NOT NULL ,
  `NumeroConvention` VARCHAR(20) NULL ,
  `DateEnlevement` DATE NULL ,
  `DateRetour` VARCHAR(45) NULL ,
  `DateRecuperationClient` VARCHAR(45) NULL ,
  `Individuelle` TINYINT(1) NULL ,
  `Societe_idSociete` INT NULL COMMENT '\n' ,
  PRIMARY KEY (`idIncineration`) ,
  UNIQUE INDEX `NumeroConvention_UNIQUE` (`NumeroConvention` ASC) ,
  UNIQUE INDEX `Animal_idAnimal_UNIQUE` (`Animal_idAnimal` ASC) ,
  INDEX `fk_Incineration_Animal_idx` (`Animal_idAnimal` ASC) ,
  INDEX `fk_Incineration_Fournisseur_idx` (`Societe_idSociete` ASC) ,
  CONSTRAINT `fk_Incineration_Animal`
    FOREIGN KEY (`Animal_idAnimal` )
    REFERENCES `Animal` (`idAnimal` )
    ON DELETE CASCADE
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_Incineration_Fournisseur`
    FOREIGN KEY (`Societe_idSociete` )
    REFERENCES `Societe` (`idSociete` )
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB;

CREATE TABLE `LienClient` (
  `idLienFamille` INT NOT NULL AUTO_INCREMENT ,
  `Client_idClient` INT NOT NULL ,
  `client_idRelation` INT NOT NULL ,
  `TypeRelation` VARCHAR(45) NULL COMMENT 'TODO table externe?\nInclure Tutelle\n' ,
  `IsTutelle` TINYINT(1) NULL DEFAULT FALSE ,
  PRIMARY KEY (`idLienFamille`) ,
  INDEX `fk_LienFamille_Client_idx` (`Client_idClient` ASC) ,
  INDEX `fk_LienFamille_Parent_idx` (`client_idRelation` ASC) ,
  CONSTRAINT `fk_LienFamille_Client`
    FOREIGN KEY (`Client_idClient` )
    REFERENCES `Client` (`idClient` )
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_LienFamille_Relation`
    FOREIGN KEY (`client_idRelation` )
    REFERENCES `Client` (`idClient` )
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB;

CREATE TABLE `NomRue` (
  `idNomRue` INT NOT NULL AUTO_INCREMENT ,
  `NomRue` VARCHAR(60) NULL ,
  PRIMARY KEY (`idNomRue`) )
ENGINE = InnoDB;

CREATE TABLE `Adresse` (
  `idAdresse` INT NOT NULL AUTO_INCREMENT ,
  `Commune_idCommune` INT NOT NULL ,
  `NomRue_idNomRue` INT NOT NULL ,
  `No` VARCHAR(80) NULL COMMENT 'No rue,batiment' ,
  `IsValide` TINYINT(1) NULL DEFAULT TRUE ,
  `IsPrincipale` TINYINT(1) NULL ,
  `DateEnregistrement` DATE NOT NULL ,
  `DateFinValidite` DATE NULL DEFAULT NULL ,
  `Remarque` VARCHAR(200) NULL ,
  INDEX `fk_Adresse_Commune_idx` (`Commune_idCommune` ASC) ,
  PRIMARY KEY (`idAdresse`) ,
  INDEX `fk_Adresse_NomRue1_idx` (`NomRue_idNomRue` ASC) ,
  CONSTRAINT `fk_Adresse_Commune`
    FOREIGN KEY (`Commune_idCommune` )
    REFERENCES `Commune` (`idCommune` )
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_Adresse_NomRue1`
    FOREIGN KEY (`NomRue_idNomRue` )
    REFERENCES `NomRue` (`idNomRue` )
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB;

CREATE TABLE `AdresseHistorique` (
  `idAdresseHistorique` INT NOT NULL AUTO_INCREMENT ,
  `Client_idClient` INT NOT NULL ,
  `Adresse_idAdresse` INT NOT NULL ,
  `DateChangement` DATE NULL ,
  PRIMARY KEY (`idAdresseHistorique`) ,
  INDEX `fk_AdresseHistorique_Client_idx` (`Client_idClient` ASC) ,
  INDEX `fk_AdresseHistorique_Adresse1_idx` (`Adresse_idAdresse` ASC) ,
  CONSTRAINT `fk_AdresseHistorique_Client`
    FOREIGN KEY (`Client_idClient` )
    REFERENCES `Client` (`idClient` )
    ON DELETE CASCADE
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_AdresseHistorique_Adresse1`
    FOREIGN KEY (`Adresse_idAdresse` )
    REFERENCES `Adresse` (`idAdresse` )
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'TODO';

CREATE TABLE `RendezVous` (
  `idRendezVous` INT NOT NULL AUTO_INCREMENT ,
  `Client_idClient` INT NOT NULL ,
  `RendezVous` DATETIME NULL ,
  `Animal` VARCHAR(80) NULL ,
  `Motif` VARCHAR(80) NULL ,
  `Veterinaires_idVeterinaires` INT NULL DEFAULT NULL ,
  `SalleAttente` TINYINT(1) NULL DEFAULT FALSE ,
  `PrisEnCharge` TINYINT(1) NULL DEFAULT FALSE ,
  `Hospitalisation` TINYINT(1) NULL DEFAULT FALSE ,
  `Remarque` VARCHAR(200) NULL ,
  PRIMARY KEY (`idRendezVous`) ,
  INDEX `fk_RendezVous_Client_idx` (`Client_idClient` ASC) ,
  INDEX `fk_RendezVous_1_idx` (`Veterinaires_idVeterinaires` ASC) ,
  CONSTRAINT `fk_RendezVous_Client`
    FOREIGN KEY (`Client_idClient` )
    REFERENCES `Client` (`idClient` )
    ON DELETE CASCADE
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_RendezVous_Veterinaire`
    FOREIGN KEY (`Veterinaires_idVeterinaires` )
    REFERENCES `Collaborateur` (`idCollaborateur` )
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB;

CREATE TABLE `Historique` (
  `idHistorique` INT NOT NULL AUTO_INCREMENT ,
  `Temps` TIMESTAMP NOT NULL COMMENT 'Instant de la Modification\n' ,
  `Table` VARCHAR(60) NOT NULL COMMENT 'Table Modifiée\n' ,
  `Utilisateur` VARCHAR(60) NOT NULL ,
  PRIMARY KEY (`idHistorique`) ,
  UNIQUE INDEX `Utilisateur_UNIQUE` (`Utilisateur` ASC) )
ENGINE = InnoDB;
